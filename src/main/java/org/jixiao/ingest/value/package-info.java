/**
 * Reading the values written in tables: targets, actual values, money.
 *
 * <p>{@link org.jixiao.ingest.value.TargetParser} turns a target or actual-value cell ({@code ≥95%},
 * {@code 1200万通}, {@code 优}) into a {@link org.jixiao.model.Target}; {@link
 * org.jixiao.ingest.value.ValueText} folds full-width forms and comparison signs; {@link
 * org.jixiao.ingest.value.Money} and {@link org.jixiao.ingest.value.Numbers} read amounts, weights
 * and scores.
 */
package org.jixiao.ingest.value;

/**
 * The quality lint: rules from the Ministry of Finance's guidance (财预〔2020〕10号, 财预〔2021〕101号)
 * applied to each indicator, project and document, each finding with a rule id, a severity, a
 * message in Chinese and a concrete suggestion, and a 0–100 score derived from the findings.
 *
 * <p>{@link org.jixiao.knowledge.lint.Linter} is the entry point; {@link org.jixiao.knowledge.lint.Rule}
 * lists every rule id and severity; the score's weights are in one class, {@code Scores}.
 */
package org.jixiao.knowledge.lint;

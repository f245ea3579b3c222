package org.jixiao.knowledge.lint;

/**
 * One thing the lint found.
 *
 * @param rule stable rule id ({@code target-missing}, {@code rate-over-100} …)
 * @param severity error, warning or info; a positive signal is info with a rule id starting {@code good-}
 * @param message what is wrong, in Chinese
 * @param suggestion what to write instead, in Chinese, concrete
 * @param line the source line it refers to, or null
 */
public record Finding(String rule, Severity severity, String message, String suggestion, Integer line) {}

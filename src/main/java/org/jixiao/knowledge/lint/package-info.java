/**
 * The quality lint: rules from the Ministry of Finance's guidance (财预〔2020〕10号, 财预〔2021〕101号)
 * applied to each indicator, project and document, each finding with a rule id, a severity, a
 * message in Chinese and a concrete suggestion, and a 0–100 score derived from the findings.
 */
package org.jixiao.knowledge.lint;

/**
 * Retrieval-quality measurement: judged queries ({@link org.jixiao.eval.Judgments}), the metrics
 * (nDCG@10, Recall@10, MRR) and a runner that scores a searcher on every query in every mode.
 */
package org.jixiao.eval;

/**
 * Measuring at scale: a deterministic generator of province-sized corpora in the real layouts, and
 * the query benchmark (latency percentiles, throughput, heap, index size).
 */
package org.jixiao.bench;

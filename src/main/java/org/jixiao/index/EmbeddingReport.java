package org.jixiao.index;

/**
 * How the vectors of a build were made.
 *
 * @param entries projects and indicators given a vector
 * @param embedded distinct texts the model had to embed (the rest came from the cache or repeated)
 * @param millis time spent in the model
 */
public record EmbeddingReport(String model, String texts, int entries, long embedded, long millis) {}

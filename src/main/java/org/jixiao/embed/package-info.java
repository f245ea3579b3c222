/**
 * Text embeddings for meaning: the in-process bge-small-zh-v1.5 model, a cache so that each distinct
 * text is embedded once per model, and a small memory of recent query vectors. Indexing embeds
 * entries through {@link org.jixiao.embed.CachingEmbedder}; searching embeds queries through
 * {@link org.jixiao.embed.QueryVectors}.
 */
package org.jixiao.embed;

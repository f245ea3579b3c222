package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.embed.BgeSmallZh;
import org.jixiao.embed.QueryVectors;
import org.jixiao.index.OpenIndex;
import org.jixiao.search.Fusion;
import org.jixiao.search.Searcher;
import org.jixiao.search.Synonyms;
import picocli.CommandLine.Option;

/** {@code --synonyms}, shared by every command that searches; builds the {@link Searcher}. */
final class SearchOptions {

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "追加的同义词文件（每行一组）/ extra synonyms file, one group per line, added to the built-in list")
  Path synonyms;

  @Option(names = "--query-prefix", hidden = true, description = "text put before every query when embedding it; for measurements")
  String queryPrefix = "";

  @Option(names = "--no-synonyms", hidden = true, description = "search without any synonyms; for measurements")
  boolean noSynonyms;

  @Option(names = "--floor", paramLabel = "COSINE", hidden = true,
      description = "the similarity a neighbour needs to be a result (default: the product's); for calibrating it")
  Float floor;

  @Option(names = "--band", paramLabel = "COSINE", hidden = true,
      description = "how far below the nearest neighbour others may be (default: the product's); for calibrating it")
  Float band;

  @Option(names = "--backend", paramLabel = "KIND",
      description = "检索引擎：accelerated（默认）或 reference（纯 Lucene 实时索引，供对照）/ search engine: accelerated (default) "
          + "or reference (plain Lucene on a live index, kept in index/live, for comparison)")
  OpenEngine.Kind backend = OpenEngine.Kind.accelerated;

  /** The backend these options ask for over {@code corpus}'s index, brought up to date with its data. */
  OpenEngine open(CorpusOptions corpus, java.io.PrintWriter out) throws IOException {
    return open(corpus, out, true, true);
  }

  /**
   * @param queryCache whether Lucene's query cache is on
   * @param rememberQueries false to embed every query anew (benchmarks measure the model too)
   */
  OpenEngine open(CorpusOptions corpus, java.io.PrintWriter out, boolean queryCache, boolean rememberQueries) throws IOException {
    return open(corpus, out, queryCache, rememberQueries, backend);
  }

  /** The backend of kind {@code kind}, whatever {@code --backend} says. */
  OpenEngine open(CorpusOptions corpus, java.io.PrintWriter out, boolean queryCache, boolean rememberQueries, OpenEngine.Kind kind)
      throws IOException {
    if (corpus.onSolr()) {
      return openSolr(corpus, out, rememberQueries);
    }
    if (kind == OpenEngine.Kind.accelerated) {
      OpenIndex index = corpus.openUpToDate(out, false, queryCache);
      return new OpenEngine(searcher(index, rememberQueries), index, index.generation(),
          new org.jixiao.index.Generations(corpus.dataDirectories(out), corpus.location(), corpus.indexer()));
    }
    org.jixiao.index.LiveIndex live = corpus.openLive(out, queryCache);
    QueryVectors vectors = live.hasVectors() ? new QueryVectors(BgeSmallZh.shared(), queryPrefix, rememberQueries ? 2_000 : 0) : null;
    org.jixiao.search.ReferenceSearcher reference = new org.jixiao.search.ReferenceSearcher(live, vectors, synonyms(), Fusion.DEFAULT);
    return new OpenEngine(floor == null && band == null ? reference
        : reference.withFloor(floor == null ? Searcher.FLOOR : floor, band == null ? Searcher.BAND : band),
        live, org.jixiao.index.LiveIndex.directoryIn(corpus.location()),
        new org.jixiao.index.LiveCatalogue(live, corpus.indexer(), corpus.dataDirectories(out)));
  }

  /**
   * The SolrCloud backend: the {@code --collection} on the {@code --solr} cluster (created and filled
   * with the data when it is new or empty); uploads update it.
   */
  private OpenEngine openSolr(CorpusOptions corpus, java.io.PrintWriter out, boolean rememberQueries) throws IOException {
    org.jixiao.index.SolrCollection collection = corpus.openCollection();
    try {
      // Filled before the searcher is made: it decides at construction whether the collection has vectors.
      org.jixiao.index.SolrCollection.Counts counts = collection.counts();
      if (counts.indicators() + counts.projects() == 0) {
        corpus.fill(collection, out);
      }
      QueryVectors vectors = corpus.noVectors ? null : new QueryVectors(BgeSmallZh.shared(), queryPrefix, rememberQueries ? 2_000 : 0);
      org.jixiao.search.SolrSearcher searcher = new org.jixiao.search.SolrSearcher(collection.client(), collection.name(), vectors,
          synonyms(), Fusion.DEFAULT);
      out.println("SolrCloud 集合 / collection " + collection.name() + " @ " + corpus.solr);
      return new OpenEngine(searcher, collection, null,
          new org.jixiao.index.SolrCatalogue(collection, corpus.indexer(), corpus.dataDirectories(out)));
    } catch (IOException | RuntimeException e) {
      collection.close();
      throw e;
    }
  }

  Synonyms synonyms() throws IOException {
    if (noSynonyms) {
      return Synonyms.none();
    }
    return synonyms == null ? Synonyms.builtIn() : Synonyms.builtInPlus(synonyms);
  }

  /** A searcher over {@code index}, loading the embedding model when the index has vectors. */
  Searcher searcher(OpenIndex index) throws IOException {
    return searcher(index, true);
  }

  /**
   * @param rememberQueries false to embed every query anew (benchmarks measure the model too)
   */
  Searcher searcher(OpenIndex index, boolean rememberQueries) throws IOException {
    QueryVectors vectors = index.report().hasVectors()
        ? new QueryVectors(BgeSmallZh.shared(), queryPrefix, rememberQueries ? 2_000 : 0)
        : null;
    Searcher searcher = new Searcher(index, vectors, synonyms(), Fusion.DEFAULT);
    return floor == null && band == null ? searcher
        : searcher.withFloor(floor == null ? Searcher.FLOOR : floor, band == null ? Searcher.BAND : band);
  }

  /** The lint's scores when a search is sorted by quality (they need the knowledge base), else null. */
  static org.jixiao.search.QualityScores qualityFor(org.jixiao.search.SearchBackend searcher, org.jixiao.search.SortOrder sort) {
    return sort == org.jixiao.search.SortOrder.QUALITY ? new org.jixiao.knowledge.Knowledge(searcher).qualityScores() : null;
  }
}

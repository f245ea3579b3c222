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
  static org.jixiao.search.QualityScores qualityFor(Searcher searcher, org.jixiao.search.SortOrder sort) {
    return sort == org.jixiao.search.SortOrder.QUALITY ? new org.jixiao.knowledge.Knowledge(searcher).qualityScores() : null;
  }
}

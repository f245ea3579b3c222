package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.jixiao.testing.SeedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenIndexTest {

  @TempDir static Path tmp;
  static OpenIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = SeedIndex.keywordOnly(tmp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** A cacheable query (a phrase: Lucene never caches single terms) of its own. */
  private static Query query(int i) {
    return new PhraseQuery(Fields.TEXT_CJK, "满意", "意度" + i);
  }

  @Test
  void aQueryRepeatedEveryFewSearchesIsCachedThoughEachSearchUsesSeveralSets() throws Exception {
    IndexSearcher searcher = index.acquire();
    try {
      QueryCachingPolicy policy = searcher.getQueryCachingPolicy();
      Query repeated = query(-1);
      // Five uses, each after 300 uses of other queries: 40 searches of several match sets each.
      // Lucene's default history (256 uses) has forgotten the earlier uses by the fifth.
      int other = 0;
      for (int use = 0; use < 5; use++) {
        for (int i = 0; i < 300; i++) {
          policy.onUse(query(other++));
        }
        assertThat(policy.shouldCache(repeated)).as("before use %d", use + 1).isFalse();
        policy.onUse(repeated);
      }
      assertThat(policy.shouldCache(repeated)).isTrue();
      assertThat(policy.shouldCache(query(other + 1))).as("a query used once").isFalse();
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void searchersOfAnIndexOpenedWithoutTheCacheHaveNone() throws Exception {
    try (OpenIndex uncached = OpenIndex.open(new IndexLocation(tmp.resolve("index")), false)) {
      IndexSearcher searcher = uncached.acquire();
      try {
        assertThat(searcher.getQueryCache()).isNull();
      } finally {
        uncached.release(searcher);
      }
    }
  }
}

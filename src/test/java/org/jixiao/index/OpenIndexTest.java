package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenIndexTest {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();

  /** A cacheable query (a phrase: Lucene never caches single terms) of its own. */
  private static Query query(int i) {
    return new PhraseQuery(Fields.TEXT_CJK, "满意", "意度" + i);
  }

  @Test
  void aQueryRepeatedEveryFewSearchesIsCachedThoughEachSearchUsesSeveralSets() throws Exception {
    IndexSearcher searcher = SEED.index().acquire();
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
      SEED.index().release(searcher);
    }
  }

  @Test
  void searchersOfAnIndexOpenedWithoutTheCacheHaveNone() throws Exception {
    try (OpenIndex uncached = OpenIndex.open(SEED.location(), false)) {
      IndexSearcher searcher = uncached.acquire();
      try {
        assertThat(searcher.getQueryCache()).isNull();
      } finally {
        uncached.release(searcher);
      }
    }
  }
}

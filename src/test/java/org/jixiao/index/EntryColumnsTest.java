package org.jixiao.index;

import org.jixiao.model.IndicatorRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.jixiao.testing.SeedIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntryColumnsTest {

  @RegisterExtension static final SeedIndexExtension SEED = new SeedIndexExtension();

  @Test
  void everyIndicatorHasItsRecordsFacetValuesAndSharesAGroupExactlyWithItsNamesakes() throws Exception {
    IndexSearcher searcher = SEED.index().acquire();
    try {
      EntryColumns columns = SEED.index().columns();
      int checked = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        EntryColumns.Leaf values = columns.of(leaf);
        EntryColumns.Dictionary dictionary = columns.dictionary();
        StoredFields stored = leaf.reader().storedFields();
        Map<String, Integer> groupOfName = new HashMap<>();
        Map<Integer, String> nameOfGroup = new HashMap<>();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String name = stored.document(doc).get(Fields.NAME_CJK);
          int group = values.nameGroup(doc);
          assertThat(group).isBetween(0, values.nameGroups() - 1);
          assertThat(groupOfName.computeIfAbsent(name, n -> group)).as(name).isEqualTo(group);
          assertThat(nameOfGroup.computeIfAbsent(group, g -> name)).isEqualTo(name);
        }
        PostingsEnum indicators = leaf.reader().postings(new Term(Fields.TYPE, Fields.TYPE_INDICATOR));
        for (int doc = indicators.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = indicators.nextDoc()) {
          BytesRef bytes = stored.document(doc).getBinaryValue(Fields.RECORD);
          IndicatorRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, IndicatorRecord.class);
          Map<String, List<String>> facets = new HashMap<>();
          long combo = values.combo(doc);
          int[] place = values.placeValues(EntryColumns.Leaf.place(combo));
          int[] categories = values.categoryValues(EntryColumns.Leaf.category(combo));
          for (int id : IntStream.concat(IntStream.of(place), IntStream.of(categories)).toArray()) {
            facets.computeIfAbsent(Fields.FACETS.get(dictionary.dims()[id]), d -> new ArrayList<>()).add(dictionary.labels()[id]);
          }
          assertThat(facets.getOrDefault(Fields.UNIT, List.of())).isEqualTo(listOf(r.unit()));
          assertThat(facets.getOrDefault(Fields.LEVEL1, List.of())).isEqualTo(listOf(r.level1()));
          assertThat(facets.getOrDefault(Fields.LEVEL2, List.of())).isEqualTo(listOf(r.level2()));
          if (r.unit() != null) {
            assertThat(dictionary.labels()[columns.id(Fields.UNIT, r.unit())]).isEqualTo(r.unit());
            checked++;
          }
        }
      }
      assertThat(checked).isGreaterThan(200);
      assertThat(columns.id(Fields.DISTRICT, "没有这个区")).isEqualTo(-1);
    } finally {
      SEED.index().release(searcher);
    }
  }

  @Test
  void theContextAndGoalNormsInMemoryAreTheIndexsOwn() throws Exception {
    IndexSearcher searcher = SEED.index().acquire();
    try {
      List<EntryColumns.Leaf> leaves = SEED.index().columns().of(searcher.getIndexReader());
      int compared = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        EntryColumns.Leaf values = leaves.get(leaf.ord);
        for (String field : List.of(Fields.TEXT, Fields.TEXT_CJK, Fields.GOAL, Fields.GOAL_CJK)) {
          byte[] norms = values.norms(leaf.reader(), field);
          assertThat(norms).as(field).hasSize(leaf.reader().maxDoc());
          NumericDocValues lucene = leaf.reader().getNormValues(field);
          for (int doc = lucene.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = lucene.nextDoc()) {
            assertThat((long) norms[doc]).as("%s, doc %d", field, doc).isEqualTo(lucene.longValue());
            compared++;
          }
          assertThat(values.norms(leaf.reader(), field)).as("loaded once").isSameAs(norms);
        }
        assertThat(values.norms(leaf.reader(), Fields.NAME)).as("names are scored per distinct name").isNull();
      }
      assertThat(compared).as("entries with a context or goal in the seed corpus").isGreaterThan(500);
    } finally {
      SEED.index().release(searcher);
    }
  }

  private static List<String> listOf(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }
}

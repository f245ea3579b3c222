package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.jixiao.index.Fields;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.index.RecordCodec;

/**
 * A whole result set put in a {@link SortOrder} other than relevance: each row's key is read (the
 * year and the target's number from doc values, the quality from the caller's scores), rows with a
 * key come first in the order asked for, equal keys and rows without one keep their relevance order.
 */
final class ResultOrder {

  /**
   * Rows a quality sort scores at most: each is a lint against its peers (cached afterwards), which
   * a result set of the whole corpus would turn into minutes. A larger set is refused with a hint to
   * filter it; the other orders read doc values and have no such limit.
   */
  static final int MAX_QUALITY_ROWS = 20_000;

  private ResultOrder() {}

  static List<Fusion.Fused> sort(IndexSearcher searcher, List<Fusion.Fused> order, SortOrder sort, String type,
      QualityScores quality) throws IOException {
    if (sort == SortOrder.RELEVANCE || order.isEmpty()) {
      return order;
    }
    double[] keys = switch (sort) {
      case QUALITY -> qualities(searcher, order, type, quality);
      case TARGET_DESC, TARGET_ASC -> docValues(searcher, order, Fields.TARGET_VALUE, true);
      case YEAR_DESC, YEAR_ASC -> docValues(searcher, order, Fields.YEAR_VALUE, false);
      case RELEVANCE -> throw new IllegalStateException();
    };
    return sortByKeys(order, sort, keys);
  }

  /** {@code order} by {@code keys} (one per row; NaN for none, last), stable: ties keep relevance order. */
  static List<Fusion.Fused> sortByKeys(List<Fusion.Fused> order, SortOrder sort, double[] keys) {
    Integer[] rows = new Integer[order.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    // NaN marks a row without a key: those go last; the sort is stable, so ties keep relevance order.
    Comparator<Integer> byKey = (a, b) -> {
      boolean noA = Double.isNaN(keys[a]);
      boolean noB = Double.isNaN(keys[b]);
      if (noA || noB) {
        return Boolean.compare(noA, noB);
      }
      return sort.descending() ? Double.compare(keys[b], keys[a]) : Double.compare(keys[a], keys[b]);
    };
    java.util.Arrays.sort(rows, byKey);
    List<Fusion.Fused> sorted = new ArrayList<>(rows.length);
    for (Integer row : rows) {
      sorted.add(order.get(row));
    }
    return sorted;
  }

  private static double[] docValues(IndexSearcher searcher, List<Fusion.Fused> order, String field, boolean sortableDouble)
      throws IOException {
    double[] keys = new double[order.size()];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Doc values are read forwards only: visit the rows in doc order, then put each key in its row's place.
    Integer[] byDoc = rowsInDocOrder(order);
    NumericDocValues values = null;
    int leafIndex = -1;
    for (int row : byDoc) {
      int doc = order.get(row).doc();
      int l = ReaderUtil.subIndex(doc, leaves);
      if (l != leafIndex) {
        leafIndex = l;
        values = leaves.get(l).reader().getNumericDocValues(field);
      }
      int local = doc - leaves.get(l).docBase;
      if (values != null && values.advanceExact(local)) {
        long v = values.longValue();
        keys[row] = sortableDouble ? NumericUtils.sortableLongToDouble(v) : v;
      } else {
        keys[row] = Double.NaN;
      }
    }
    return keys;
  }

  private static double[] qualities(IndexSearcher searcher, List<Fusion.Fused> order, String type, QualityScores quality)
      throws IOException {
    checkQuality(order.size(), quality);
    double[] keys = new double[order.size()];
    StoredFields stored = searcher.storedFields();
    boolean projects = Fields.TYPE_PROJECT.equals(type);
    for (int row : rowsInDocOrder(order)) {
      org.jixiao.util.Deadline.check();
      BytesRef b = stored.document(order.get(row).doc()).getBinaryValue(Fields.RECORD);
      OptionalDouble score = projects
          ? quality.ofProject(RecordCodec.decode(b.bytes, b.offset, b.length, ProjectRecord.class))
          : quality.ofIndicator(RecordCodec.decode(b.bytes, b.offset, b.length, IndicatorRecord.class));
      keys[row] = score.isPresent() ? score.getAsDouble() : Double.NaN;
    }
    return keys;
  }

  /** Refuses a quality sort where there is no scorer or too many rows to score. */
  static void checkQuality(int rows, QualityScores quality) {
    if (quality == null) {
      throw new InvalidRequestException("此处不能按质量分排序 / sorting by quality is not available here");
    }
    if (rows > MAX_QUALITY_ROWS) {
      throw new InvalidRequestException("共 " + rows + " 条结果，按质量分排序最多 " + MAX_QUALITY_ROWS
          + " 条：请加筛选条件，或换一种排序 / " + rows + " results: sorting by quality takes at most "
          + MAX_QUALITY_ROWS + "; add a filter or choose another order", InvalidRequestException.Kind.TOO_COMPLEX);
    }
  }

  private static Integer[] rowsInDocOrder(List<Fusion.Fused> order) {
    Integer[] rows = new Integer[order.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    java.util.Arrays.sort(rows, Comparator.comparingInt(r -> order.get(r).doc()));
    return rows;
  }
}

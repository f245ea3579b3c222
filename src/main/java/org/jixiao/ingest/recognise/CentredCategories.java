package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.vocabulary.Categories;

/**
 * Category cells printed in the middle of the rows they cover. A PDF centres a merged cell vertically, and
 * its text layer gives the cell's text beside the middle row of its span: the rows above it come before
 * their category, and read as "same as above" they take the category of the group before. The table
 * shows it where its first rows have no category at all while later rows have: a category that heads its
 * rows always stands on its first. Then each group's rows are found around its label: a label stands on
 * the middle row of its span (an even span's on one of its two middle rows, the same one throughout the
 * table), the spans follow one another from the table's first row to its last, each level-1 span is made of
 * whole level-2 spans, and each level 2 belongs to its level 1. Only a table whose labels fit that exactly is
 * changed; the others keep what the reader gave them. Where several readings fit (a label beside the second
 * of four rows fits rows 0-2 and rows 0-3), an odd span is taken first.
 */
final class CentredCategories {

  /** A row read under the current header: the indicators it gave, and the labels it stood beside, if any. */
  private record ReadRow(List<Indicator> list, List<Indicator> read, String level1, String level2, boolean own1, boolean own2) {}

  /** More readings than this of a table's level-1 spans: too many to choose from, the table is left alone. */
  private static final int MOST_READINGS = 4096;

  private final List<ReadRow> rows = new ArrayList<>();

  /**
   * Notes a row just added: the indicators it gave to {@code list}, the categories it was read under, and
   * whether it stood beside its own level-1 or level-2 label.
   */
  void added(List<Indicator> list, List<Indicator> read, String level1, String level2, boolean own1, boolean own2) {
    rows.add(new ReadRow(list, List.copyOf(read), level1 == null ? "" : level1, level2 == null ? "" : level2, own1, own2));
  }

  /** The header or the project ended: where the table's labels were centred, its rows take their spans' categories. */
  void settle() {
    try {
      recategorise();
    } finally {
      rows.clear();
    }
  }

  private void recategorise() {
    int n = rows.size();
    if (n < 3) {
      return;
    }
    ReadRow first = rows.get(0);
    List<Integer> labels1 = labelled(true);
    List<Integer> labels2 = labelled(false);
    // Level 2 alone, two labels or more: one in the middle of a few rows fits by chance (rows a page break cut
    // from their level 2 above, then the next level 2).
    boolean centred1 = !first.own1() && first.level1().isEmpty() && !labels1.isEmpty();
    boolean centred2 = labels1.isEmpty() && !first.own2() && first.level2().isEmpty() && labels2.size() >= 2;
    if (!centred1 && !centred2) {
      return;
    }
    // A table is printed one way: where an even span's label stands between its two middle rows, the text layer
    // puts all such labels with the upper row or all with the lower.
    for (boolean upper : new boolean[] {true, false}) {
      if (centred1 ? centredLevel1(labels1, labels2, upper) : centredLevel2(labels2, upper)) {
        return;
      }
    }
  }

  /** Level 2 alone (no level 1 is written): true when its labels fit spans, which the rows then take. */
  private boolean centredLevel2(List<Integer> labels2, boolean upper) {
    int[] ends2 = Spans.first(labels2, rows.size(), new int[0], upper, (group, from, to) -> true);
    if (ends2 == null) {
      return false;
    }
    apply(null, null, labels2, ends2);
    return true;
  }

  /**
   * True when the level-1 labels fit spans, with the level-2 labels in spans inside them that belong to them,
   * or, where the level 2 labels fit no spans (some rows lack theirs), with every level 2 shown belonging to
   * its level 1; the rows then take them.
   */
  private boolean centredLevel1(List<Integer> labels1, List<Integer> labels2, boolean upper) {
    int n = rows.size();
    List<int[]> readings1 = Spans.all(labels1, n, upper, MOST_READINGS);
    if (readings1 == null || readings1.isEmpty()) {
      return false;
    }
    for (int[] ends1 : readings1) {
      if (labels2.isEmpty()) {
        apply(labels1, ends1, null, null);
        return true;
      }
      int[] ends2 = Spans.first(labels2, n, ends1, upper, (group, from, to) -> belongs(labelOf(labels2.get(group), false), level1At(labels1, ends1, from)));
      if (ends2 != null) {
        apply(labels1, ends1, labels2, ends2);
        return true;
      }
    }
    for (int[] ends1 : readings1) {
      boolean fits = true;
      for (int i : labels2) {
        fits &= belongs(labelOf(i, false), level1At(labels1, ends1, i));
      }
      if (fits) {
        apply(labels1, ends1, null, null);
        return true;
      }
    }
    return false;
  }

  private List<Integer> labelled(boolean level1) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ReadRow r = rows.get(i);
      if (level1 ? r.own1() && !r.level1().isEmpty() : r.own2() && !r.level2().isEmpty()) {
        at.add(i);
      }
    }
    return at;
  }

  private String labelOf(int row, boolean level1) {
    return level1 ? rows.get(row).level1() : rows.get(row).level2();
  }

  /** The level-1 label of the span that holds {@code row}. */
  private String level1At(List<Integer> labels, int[] ends, int row) {
    for (int g = 0; g < ends.length; g++) {
      if (row <= ends[g]) {
        return labelOf(labels.get(g), true);
      }
    }
    return labelOf(labels.get(labels.size() - 1), true);
  }

  /** True when the level 2 may stand under the level 1 (its parent, or one the older templates filed it under). */
  private static boolean belongs(String level2, String level1) {
    String parent = Categories.parentOf(Categories.level2(level2));
    String standard = Categories.level1(level1);
    if (parent == null || standard == null || parent.equals(standard)) {
      return true;
    }
    return Categories.OUTCOME.equals(standard) && Categories.SATISFACTION.equals(parent)
        || Categories.OUTPUT.equals(standard) && Categories.COST.equals(parent);
  }

  /** Gives each row its spans' labels; a level left unsolved keeps the row's own where it belongs to the new level 1. */
  private void apply(List<Integer> labels1, int[] ends1, List<Integer> labels2, int[] ends2) {
    for (int i = 0; i < rows.size(); i++) {
      ReadRow r = rows.get(i);
      String level1 = labels1 == null ? r.level1() : labelOf(labels1.get(span(ends1, i)), true);
      String level2 = labels2 == null ? r.level2() : labelOf(labels2.get(span(ends2, i)), false);
      if (labels2 == null && !belongs(level2, level1)) {
        level2 = "";
      }
      for (Indicator read : r.read()) {
        int at = indexOf(r.list(), read);
        if (at >= 0) {
          r.list().set(at, RowIndicators.recategorised(read, level1, level2));
        }
      }
    }
  }

  private static int span(int[] ends, int row) {
    for (int g = 0; g < ends.length; g++) {
      if (row <= ends[g]) {
        return g;
      }
    }
    return ends.length - 1;
  }

  private static int indexOf(List<Indicator> list, Indicator read) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i) == read) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Spans of rows around labels: group g starts where g - 1 ended, ends at or after its label, and its label
   * stands on a middle row of it; the last ends on the table's last row.
   */
  static final class Spans {

    /** Whether rows {@code from}..{@code to} may be group {@code group}. */
    interface Fits {
      boolean test(int group, int from, int to);
    }

    private Spans() {}

    /**
     * The ends a span of rows starting at {@code from} may have with its label at {@code label}, an odd span
     * first; an even span's label on its {@code upper} middle row, else on its lower.
     */
    static int[] ends(int from, int label, boolean upper) {
      int half = label - from;
      if (half == 0) {
        return upper ? new int[] {from, from + 1} : new int[] {from};
      }
      return new int[] {from + 2 * half, upper ? from + 2 * half + 1 : from + 2 * half - 1};
    }

    /** Every reading of {@code labels}' spans over {@code n} rows, the likeliest first; null when there are more than {@code most}. */
    static List<int[]> all(List<Integer> labels, int n, boolean upper, int most) {
      List<int[]> found = new ArrayList<>();
      return walk(labels, n, upper, 0, 0, new int[labels.size()], found, most) ? found : null;
    }

    private static boolean walk(List<Integer> labels, int n, boolean upper, int group, int from, int[] ends, List<int[]> found, int most) {
      int label = labels.get(group);
      if (from > label) {
        return true;
      }
      for (int end : ends(from, label, upper)) {
        boolean last = group == labels.size() - 1;
        if (last ? end != n - 1 : end >= labels.get(group + 1)) {
          continue;
        }
        ends[group] = end;
        if (last) {
          found.add(ends.clone());
          if (found.size() > most) {
            return false;
          }
        } else if (!walk(labels, n, upper, group + 1, end + 1, ends, found, most)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The likeliest reading of {@code labels}' spans over {@code n} rows that ends a span at each of
     * {@code required} and whose spans all fit; null when none does.
     */
    static int[] first(List<Integer> labels, int n, int[] required, boolean upper, Fits fits) {
      java.util.Set<Integer> must = new java.util.HashSet<>();
      for (int r : required) {
        must.add(r);
      }
      int k = labels.size();
      // reach[g][from]: groups g.. can be laid from row `from` to the last row (1 yes, 2 no, 0 not known yet)
      byte[][] reach = new byte[k + 1][n + 1];
      int[] ends = new int[k];
      return lay(labels, n, upper, 0, 0, must, fits, reach, ends) ? ends : null;
    }

    private static boolean lay(List<Integer> labels, int n, boolean upper, int group, int from, java.util.Set<Integer> must, Fits fits,
        byte[][] reach, int[] ends) {
      if (group == labels.size()) {
        return from == n;
      }
      if (reach[group][from] == 2) {
        return false;
      }
      int label = labels.get(group);
      if (from <= label) {
        for (int end : ends(from, label, upper)) {
          if (end >= n || group + 1 < labels.size() && end >= labels.get(group + 1) || !fits.test(group, from, end)
              || crossesRequired(must, from, end)) {
            continue;
          }
          ends[group] = end;
          if (lay(labels, n, upper, group + 1, end + 1, must, fits, reach, ends)) {
            return true;
          }
        }
      }
      reach[group][from] = 2;
      return false;
    }

    /** True when a required end falls inside the span, before its last row. */
    private static boolean crossesRequired(java.util.Set<Integer> must, int from, int end) {
      for (int r = from; r < end; r++) {
        if (must.contains(r)) {
          return true;
        }
      }
      return false;
    }
  }
}

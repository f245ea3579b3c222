package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * A target written over adjacent cells (a sign, a number, perhaps a unit: {@code >= | 98 |
 * %(百分比)}; a sign and a measure: {@code >= | 28次}) where the header has one 指标值 column with sub-columns it does not name. Joined into one
 * cell, it reads as the one target it is, instead of a sign, a weight and a stray text.
 */
final class SplitTargets {

  private SplitTargets() {}

  static List<Cell> join(List<Cell> cells) {
    List<Cell> out = null;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      int n = i + 1;
      if (c.shape() == ValueGrammar.Shape.SIGN && n < cells.size() && cells.get(n).line() == c.line()
          && (cells.get(n).shape() == ValueGrammar.Shape.NUMBER || unsignedMeasure(cells.get(n)))) {
        String unit = "";
        int last = n;
        if (n + 1 < cells.size() && cells.get(n + 1).line() == c.line() && isUnit(cells.get(n + 1))) {
          unit = cells.get(n + 1).text();
          last = n + 1;
        }
        if (out == null) {
          out = new ArrayList<>(cells.subList(0, i));
        }
        out.add(Cell.of(TargetCells.join(c.text(), cells.get(n).text(), unit), c.line()));
        i = last;
        continue;
      }
      if (out != null) {
        out.add(c);
      }
    }
    return out == null ? cells : out;
  }

  /** A measure with no comparison of its own (28次, 99%(百分比)): the sign before it is its sign. */
  private static boolean unsignedMeasure(Cell c) {
    return c.shape() == ValueGrammar.Shape.MEASURE && !c.text().isEmpty() && Character.isDigit(c.text().strip().charAt(0));
  }

  /** A unit alone, perhaps with its name in brackets: %, 人次, %(百分比). */
  private static boolean isUnit(Cell c) {
    if (c.shape() == ValueGrammar.Shape.UNIT) {
      return true;
    }
    String t = c.text().replaceFirst("[(（][^()（）]{1,8}[)）]$", "");
    return !t.isEmpty() && ValueGrammar.shape(t) == ValueGrammar.Shape.UNIT;
  }
}

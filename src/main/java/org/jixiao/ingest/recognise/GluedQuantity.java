package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.ValueGrammar;

/**
 * A name that ends in a quantity, glued to its target in a table with one value column: 饲料库120平米490元/平米
 * is the cost row 饲料库120平米 (what is built, and how much) with the target 490元/平米. The cutter sees two
 * values after 饲料库; where the header gives the row room for one value only, the first is the name's.
 * Only a plain quantity joins the name: a number with a unit, no sign, no percent, no time (≥95%, 2021年7月
 * are targets); so does a direction in words before a number (…知晓率显著提升100%).
 */
final class GluedQuantity {

  private GluedQuantity() {}

  /** The row's cells with the name's quantity joined to it, or null when the row is not of that form. */
  static List<Cell> join(Row row, List<Cell> cells, List<ColumnRole> tail) {
    if (!CellCutter.isGluedRow(row) || !tail.stream().filter(ColumnRole::takesValue).toList().equals(List.of(ColumnRole.TARGET))) {
      return null;
    }
    List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
    int n = filled.size();
    if (n < 3) {
      return null;
    }
    Cell name = filled.get(n - 3);
    Cell quantity = filled.get(n - 2);
    Cell target = filled.get(n - 1);
    if (!name.is(Cell.Kind.TEXT) || !quantity.is(Cell.Kind.VALUE) || !target.is(Cell.Kind.VALUE)) {
      return null;
    }
    boolean quantityOfName = quantity.shape() == ValueGrammar.Shape.MEASURE && plainQuantity(quantity.text())
        && !ValueBoundary.NAME_END.find(name.text().strip()); // 受益人数120人130人: a count's name has its own value first
    if (!quantityOfName && !directionOfName(quantity, target)) {
      return null;
    }
    List<Cell> out = new ArrayList<>(cells.subList(0, cells.indexOf(name)));
    out.add(new Cell(name.text() + quantity.text(), name.line(), Cell.Kind.TEXT, null, null, ValueGrammar.Shape.NONE));
    out.add(target);
    return out;
  }

  /**
   * 知晓率显著提升100%: a direction in words (显著提升, 有所提高) before a target its form alone marks as one; with room
   * for one value, the direction is the end of the name (what should rise, and by how much).
   */
  private static boolean directionOfName(Cell direction, Cell target) {
    String t = target.text().strip();
    ValueGrammar.Span span = ValueGrammar.valueAt(t, 0);
    return direction.shape() == ValueGrammar.Shape.QUALITATIVE && span != null && span.strong() && t.chars().anyMatch(Character::isDigit);
  }

  /** A number and a unit, nothing else: 120平米, 300米, 2个. */
  private static boolean plainQuantity(String text) {
    String t = text.strip();
    ValueGrammar.Span span = ValueGrammar.valueAt(t, 0);
    return span != null && span.end() == t.length() && !span.strong() && Character.isDigit(t.charAt(0))
        && ValueGrammar.shape(t) == ValueGrammar.Shape.MEASURE;
  }
}

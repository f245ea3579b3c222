package org.jixiao.ingest.recognise;

import java.util.List;
import org.jixiao.ingest.read.Row;

/**
 * The national template's 指标性质 glued between a name and its target in words, in a row whose cells
 * lost their borders under a header with that column right after the name: {@code 实施项目对社会产生的不利影响定性减少}
 * is the name, 定性 and the target 减少. The last 定性 or 定量 with text on both sides is taken, not the end
 * of a word with 定 (设备运行稳定性).
 */
final class GluedKind {

  /**
   * Characters that make a word with 定 (稳定, 确定, 规定, 一定 …): 稳定性 is a name's, not the kind 定性.
   * Not those names end with before a kind (考核, 时限, 金额, 测评): 考核定性 is a name and its kind.
   */
  static final String WORDS_WITH_DING = "稳确规特坚肯鉴恒一";
  /** The kind, not the end of a word with 定. */
  private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("(?<![" + WORDS_WITH_DING + "])定[性量]");

  private GluedKind() {}

  /** A glued cell's name, the kind after it and the target in words after that. */
  record Cut(String name, String kind, String target) {}

  /** The name, the kind and the target, or null when the text holds no kind between two texts or the header no kind column. */
  static Cut split(Row row, Cell name, List<ColumnRole> tail) {
    if (tail.isEmpty() || tail.get(0) != ColumnRole.SIGN || tail.indexOf(ColumnRole.TARGET) != 1 || !CellCutter.isGluedRow(row) || !name.is(Cell.Kind.TEXT)) {
      return null;
    }
    String t = name.text().strip();
    int at = -1;
    java.util.regex.Matcher m = KIND.matcher(t);
    while (m.find()) {
      at = m.start();
    }
    if (at < 2 || at + 2 >= t.length()) {
      return null;
    }
    return new Cut(t.substring(0, at), t.substring(at, at + 2), t.substring(at + 2));
  }
}

package org.jixiao.ingest.recognise;

/**
 * When a second text in a row shows that the text being read as a name was the indicator's level 2
 * (a category the vocabulary does not know) and the second text is the name: 前期工作 | 任务分解 (2分),
 * 城市污水管网建设 | 城市建成区已消除黑臭水体 under 二级/三级 columns, 工作计划 (6分) | 年度工作计划完整性.
 */
final class NameOrLevel2 {

  /** What the reader knows of the table: its header, whether empty cells are kept, the last category's line. */
  record Table(boolean headed, Schema schema, boolean explicitBlanks, int categoryLine) {}

  private NameOrLevel2() {}

  /** True when {@code c} made {@code open}'s name its level 2 and became its name. */
  static boolean reread(PartialIndicator open, org.jixiao.ingest.read.Row row, Cell c, Cell next, boolean oneRecord, Table t) {
    if (oneRecord && open.row == row && !open.anyTail && IndicatorAssembly.SCORED.find(c.text())) {
      // 前期工作 | 任务分解 (2分) | …: the name carries its points; the text before it is its category.
      open.level2 = open.name;
      open.name = c.text();
      return true;
    }
    if (oneRecord && open.row == row && !open.anyTail && open.values.isEmpty() && t.headed()
        && t.schema().has(ColumnRole.LEVEL2) && t.schema().has(ColumnRole.LEVEL3) && !t.schema().tail().contains(ColumnRole.DESCRIPTION)
        && open.lines.size() == 1 && t.categoryLine() != row.line() && (next == null || next.line() != row.line() || !next.is(Cell.Kind.TEXT))
        && !PartialIndicator.NAME_END.matcher(org.jixiao.vocabulary.Hanzi.foldChars(open.name)).matches()
        && !PartialIndicator.PROSE.matcher(c.text()).matches()
        && org.jixiao.vocabulary.Categories.word(open.level2) == null) {
      // 3 | 城市污水管网建设 | 城市建成区已消除黑臭水体 | 定性, under 序号 | 一级 | 二级 | 三级 | 指标属性 with the
      // level 1 merged away: with no explanation column, two texts are the level 2 and the name, unless
      // the first ends as names end (…覆盖率 | 享受补贴政策人数占…的比例: a name and its explanation) or
      // the second is a sentence (促进学前教育普及普惠优质发展 | 显著促进了…发展。: a name and its target), or the
      // level 2 above is one of the vocabulary's (数量指标 / 宣传教育 | 覆盖全区所有人员: its merged cell covers the row,
      // which holds a name and its target in words).
      open.level2 = open.name;
      open.name = c.text();
      return true;
    }
    boolean sameRecord = oneRecord && open.row == row || t.explicitBlanks() && t.headed() && t.schema().has(ColumnRole.LEVEL2);
    if (sameRecord && !open.anyTail && open.values.isEmpty()
        && IndicatorAssembly.SCORED.find(open.name) && c.text().length() <= 30 && !PartialIndicator.PROSE.matcher(c.text()).matches()) {
      // (One cell per line, under 一级/二级/三级: 预算配置 (15分) / 财政供养人员控制率 likewise.)
      // 工作计划 (6分) | 年度工作计划完整性 | 3 | …: the category carries its points, the name follows it.
      open.level2 = IndicatorAssembly.SCORED.replaceFirst(open.name, "").strip();
      open.name = c.text();
      return true;
    }
    return false;
  }
}

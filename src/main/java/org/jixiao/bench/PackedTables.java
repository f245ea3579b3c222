package org.jixiao.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated projects as a table in the layout of the Guangzhou hotline centre's (a 项目名称 /
 * 总计 / … / 绩效目标 / 绩效指标 header, one row per project, indicators packed as
 * {@code 1、产出指标：名称，年度指标值：≥95%。}), which the importer reads like any published table.
 */
final class PackedTables {

  private PackedTables() {}

  /** One indicator as it is packed into its project's cell. */
  record Row(String level1, String name, String target) {}

  /** One project: its name, budget (万元), goal and indicators. */
  record ProjectRow(String name, BigDecimal money, String goal, List<Row> indicators) {}

  static void write(Path file, int year, String unit, List<ProjectRow> projects) throws IOException {
    BigDecimal total = projects.stream().map(ProjectRow::money).reduce(BigDecimal.ZERO, BigDecimal::add);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(year + "年项目支出绩效目标表\n\n单位名称：" + unit + "\n\n单位：万元\n\n");
      w.write("项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n");
      w.write("合计\t" + total + "\t" + total + "\t\t\t\t\n");
      w.write(unit + "\t" + total + "\t" + total + "\t\t\t\t\n");
      for (ProjectRow p : projects) {
        StringBuilder packed = new StringBuilder();
        int n = 1;
        for (Row i : p.indicators()) {
          packed.append(n++).append('、').append(i.level1() == null ? "产出指标" : i.level1()).append('：').append(clean(i.name()))
              .append("，年度指标值：").append(i.target()).append('。');
        }
        w.write(clean(p.name()) + "\t" + p.money() + "\t" + p.money() + "\t\t\t" + clean(p.goal()) + "\t" + packed + "\n");
      }
    }
  }

  /** Tabs, line breaks and the packing punctuation would change the layout; they go. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ").replace("。", "；").strip();
  }
}

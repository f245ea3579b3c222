package org.jixiao.ingest.recognise;

import org.jixiao.vocabulary.Categories;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.value.TargetParser;
import org.jixiao.model.Period;

/**
 * Reads indicators written as text under category headings, one line each, as published by Anhui
 * budget units:
 * <pre>
 * 黄山市雪亮工程市本级机房租赁2024至2027服务采购项目
 * 1681680
 * 【项目概况】:…
 * 【产出指标-数量指标】
 * 指标1:机柜数量(≥77台)
 * </pre>
 * There is no header row, so the heading gives the category and {@code 【项目概况】} starts a project
 * named by the last text line above it (the lines between are codes and amounts).
 */
final class HeadedIndicatorReader {

  private static final Pattern CATEGORY = Pattern.compile("^【\\s*([^】\\-－—]+?)\\s*[-－—]\\s*([^】]+?)\\s*】$");
  private static final Pattern PROJECT_START = Pattern.compile("^【\\s*项目概况\\s*】.*");
  private static final Pattern ITEM = Pattern.compile("^指标\\s*\\d+\\s*[:：]\\s*(.+?)\\s*[(（]([^()（）]*)[)）]\\s*$");
  private static final Pattern NOT_A_NAME = Pattern.compile("^[\\d\\s.,，]+$|^【.*");

  private final RecognitionContext context;
  private String lastText;
  private ProjectDraft project;
  private String level1;
  private String level2;

  HeadedIndicatorReader(RecognitionContext context) {
    this.context = context;
  }

  /**
   * The line of the last project when the file ends before any of its indicators: the layout always
   * lists them right after 【项目概况】, so their absence at the end of the file means it was cut.
   */
  Integer cutProjectLine() {
    return project != null && project.indicators.isEmpty() ? project.source.line() : null;
  }

  /** Reads a one-cell row; true when it belonged to this layout. */
  boolean accept(Row row) {
    List<String> filled = row.filledCells();
    if (filled.size() != 1) {
      return false;
    }
    String text = filled.get(0).strip();
    if (PROJECT_START.matcher(text).matches()) {
      if (lastText != null) {
        project = new ProjectDraft(lastText, context.provenance(row));
        project.unitRaw = context.meta().unit();
        project.department = context.meta().department();
        project.goals.add(text);
        context.addProject(project);
      }
      level1 = null;
      return true;
    }
    Matcher category = CATEGORY.matcher(text);
    if (category.matches() && Categories.level1(category.group(1)) != null) {
      level1 = category.group(1);
      level2 = category.group(2);
      return true;
    }
    Matcher item = ITEM.matcher(text);
    if (item.matches() && project != null && level1 != null) {
      String name = item.group(1);
      String target = item.group(2);
      project.indicators.add(RowIndicators.indicator(
          level1, level2, name, null, List.of(TargetParser.parse(target, Period.ANNUAL)), null, context.provenance(row)));
      return true;
    }
    if (!NOT_A_NAME.matcher(text).matches()) {
      lastText = text;
    }
    return false;
  }
}

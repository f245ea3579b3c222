package org.jixiao.ingest.recognise;

import java.util.List;

/**
 * What a table column holds, recognised from the words of its header cell. The first role whose
 * prefix starts the (space-free) header text wins, so longer, more specific prefixes come first.
 */
enum ColumnRole {
  CYCLE_TARGET(true, "实施周期指标值", "实施期指标值", "中期指标值", "指标值(长期)", "指标值（长期）"),
  PROJECT_NAME(true, "项目名称", "项目支出名称", "单位(专项)名称", "单位（专项）名称"),
  DEPARTMENT(false, "主管部门", "项目主管部门"),
  UNIT(false, "预算单位", "实施单位", "单位名称", "项目执行单位", "资金使用单位"),
  TOTAL(false, "总计", "资金总额", "预算数", "年度预算安排", "项目资金"),
  FISCAL(false, "财政拨款"),
  SPECIAL_ACCOUNT(false, "财政专户拨款"),
  OTHER_FUNDS(false, "其他资金"),
  GOAL(false, "绩效目标", "年度目标", "总体目标", "实施期绩效目标", "项目内容"),
  INDICATORS(true, "绩效指标"),
  LEVEL1(true, "一级指标"),
  LEVEL2(false, "二级指标"),
  /** The 中期 half's level 2 / level 3 where a table has two halves; named by position, not words. */
  CYCLE_LEVEL2(false),
  CYCLE_LEVEL3(false),
  LEVEL3(true, "三级指标", "指标内容", "指标名称", "具体指标", "目标名称"),
  /** A column of comparison signs (≥, =, ≤) that belong in front of the 指标值 number. */
  SIGN(false, "指标性质", "运算符号", "比较符"),
  /** A column of units (%, 个, 人/年) that belong after the 指标值 number. */
  MEASURE_UNIT(false, "度量单位", "计量单位"),
  TARGET(false, "年度指标值", "指标值", "目标值", "计划指标值", "标准值"),
  ACTUAL(false, "完成值", "目标完成值", "全年实际值", "实际完成值", "实际值", "年度实际"),
  COMPLETION(false, "完成率"),
  WEIGHT(false, "权重", "分值"),
  /** 评分规则 / 评分标准 describe scoring; named here so that they are not taken for the 评分 column. */
  SCORING_RULE(false, "评分规则", "评分标准", "扣分标准"),
  SCORE(false, "自评分", "得分", "评分");

  /** Anchor roles make a row a header; the others only name columns of a header found by an anchor. */
  final boolean anchor;

  final List<String> prefixes;

  ColumnRole(boolean anchor, String... prefixes) {
    this.anchor = anchor;
    this.prefixes = List.of(prefixes);
  }

  /** The role a header cell names, or null. Header cells are short; long cells are data. */
  static ColumnRole of(String cell) {
    String text = cell == null ? "" : cell.replaceAll("\\s+", "");
    if (text.isEmpty() || text.length() > 40) {
      return null;
    }
    for (ColumnRole role : values()) {
      for (String prefix : role.prefixes) {
        if (text.startsWith(prefix)) {
          return role;
        }
      }
    }
    return null;
  }
}

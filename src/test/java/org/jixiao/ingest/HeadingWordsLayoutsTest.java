package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.eval.HandCount;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Forms head their columns, and write their cells, in many words: 年度指标值, 年初指标值, 全年目标值, 预期目标, 绩效指标值; 实际完成值,
 * 年终完成值, 全年实际完成数, 全年完成情况; 分值, 权重, 标准分; 得分, 自评分, 实际得分; and some with words no
 * vocabulary lists (年度绩效目标, 考核标准). Some have no category columns at all (指标名称 | 指标值). Every
 * development target table and self-evaluation is written again under such headers (the heading words of
 * published forms, combined as they are), and must read as under the plain header: exactly with its cells
 * apart, and in the layouts that lose the borders at least as well as measured.
 *
 * <p>Measured 2026-12-07 (session 29) before the recogniser knew these words: with tabs, a header whose
 * target heading it did not know (预期目标, 全年目标值, 绩效指标值, 年度绩效目标) gave no target at all (0.000),
 * nor one whose actual heading it did not know (年终完成值: 0.000); a table without category columns
 * flattened or glued gave nothing (0.000). After: every header below reads exactly with tabs. The cells' own words
 * vary too: categories bare (产出 | 数量), names numbered as items (指标1：…).
 */
class HeadingWordsLayoutsTest {

  /** Target-table headers: the category columns, the name's heading, and the value columns' headings. */
  private static final List<List<String>> TARGET_HEADERS = List.of(
      List.of("一级指标", "二级指标", "指标名称", "目标值"),
      List.of("一级指标", "二级指标", "三级指标", "预期目标"),
      List.of("一级指标", "二级指标", "三级指标", "全年目标值"),
      List.of("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"),
      List.of("一级指标", "二级指标", "三级指标", "绩效指标值", "权重"),
      List.of("一级指标", "二级指标", "三级指标", "年度目标值", "分值"),
      List.of("一级指标", "二级指标", "三级指标", "目标值", "权重", "指标方向"),
      // Target headings no vocabulary lists: the column after the name holds the targets all the same.
      List.of("一级指标", "二级指标", "三级指标", "年度绩效目标"),
      List.of("一级指标", "二级指标", "三级指标", "考核标准"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标"));

  private static final List<List<String>> SELF_EVALUATION_HEADERS = List.of(
      List.of("一级指标", "二级指标", "三级指标", "年初目标值", "全年实际值", "分值", "得分", "偏差原因分析"),
      List.of("一级指标", "二级指标", "三级指标", "预期目标", "实际完成", "权重", "自评得分"),
      List.of("一级指标", "二级指标", "三级指标", "年初指标值", "年终完成值", "分值", "自评分"),
      List.of("一级指标", "二级指标", "三级指标", "指标值", "实际完成数", "分数", "评分"),
      List.of("一级指标", "二级指标", "三级指标", "年度目标", "全年完成情况", "分值", "得分", "未完成原因"),
      List.of("一级指标", "二级指标", "三级指标", "计划值", "实际值", "标准分", "实际得分"),
      List.of("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"));

  /**
   * Actual headings the vocabulary composes from its parts rather than lists (what was done, 完成 / 达到 / 实现, before
   * what it gives, 值 / 指标值 / 数). Measured 2026-12-07 (session 35) before: with tabs 0.980 of the actuals under
   * 实际完成指标值 (cut in two, 实际完成 | 指标值), 0.030 under 实际达到值 and 全年完成数 (the column unknown, its actuals
   * dropped); glued 0.662, 0.020, 0.020. After: every one reads exactly with tabs. A heading no vocabulary could list
   * (实际成效) between a known target's and the points': with tabs 0.030 of the actuals, flattened 0.030, glued 0.020 before;
   * 1.000, 0.914, 0.904 once a scored header's unnamed column after the target heads the actuals.
   */
  private static final List<List<String>> COMPOSED_ACTUAL_HEADERS = List.of(
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际达到值", "分值", "得分"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成数", "分值", "得分"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际成效", "分值", "得分"));

  @Test
  void actualHeadingsComposedOfTheVocabularysPartsReadInEveryLayoutAtLeastAsMeasured() throws Exception {
    exactWithTabs("self-evaluation", COMPOSED_ACTUAL_HEADERS);
    atLeast("self-evaluation", COMPOSED_ACTUAL_HEADERS, Map.of(
        "spaces", new double[] {0.994, 0.994}, "cell-per-line", new double[] {0.974, 0.964},
        "flattened", new double[] {0.918, 0.913}, "glued", new double[] {0.913, 0.903}));
  }

  /**
   * Headings of the points a unit's forms word their own way: the weight as 满分, the score as the unit's own
   * (单位自评得分) or what was got (实得分). Measured 2026-12-07 (session 35) before: spaces 0.960 of the targets under
   * 满分 | 得分, flattened 0.924 under each, glued 0.697 (the unknown heading left out of the header, the points glued
   * after the actual read as one number). After: 0.995, 0.970, 0.914, as under 分值 | 得分.
   */
  private static final List<List<String>> POINTS_HEADERS = List.of(
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "满分", "得分"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "实得分"),
      List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "单位自评得分"));

  @Test
  void pointsHeadingsInAUnitsOwnWordsReadInEveryLayoutAtLeastAsMeasured() throws Exception {
    exactWithTabs("self-evaluation", POINTS_HEADERS);
    atLeast("self-evaluation", POINTS_HEADERS, Map.of(
        "spaces", new double[] {0.994, 0.994}, "cell-per-line", new double[] {0.974, 0.964},
        "flattened", new double[] {0.969, 0.964}, "glued", new double[] {0.913, 0.903}));
  }

  /** Tables without category columns: a name and its target. */
  private static final List<List<String>> UNCATEGORISED_HEADERS = List.of(
      List.of("指标名称", "指标值"),
      List.of("序号", "绩效指标", "指标值"),
      List.of("三级指标", "指标值"));

  /**
   * Columns in other orders: the weight before the targets (分值 | 年度指标值 | 实际完成值 | 得分), an explanation after
   * the target with no level-2 column. Measured 2026-12-07 (session 29): one per line and flattened, the weight-first
   * self-evaluations 0.884 of their targets, 0.970 / 0.975 once a text in the target's place after the weight is the
   * target; glued 0.177 (a weight glued between a name and its target is not cut), 0.828 of the targets and 0.808 of
   * the actuals (session 33) once the weight is cut from the name or the target beside it by the header's order. The explanation
   * after a target in words, joined by spaces, 0.902 -> 0.944 once a sentence ending before such an explanation no
   * longer reads as prose.
   */
  private static final List<String> WEIGHT_FIRST = List.of("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分");
  private static final List<String> EXPLAINED_WITHOUT_LEVEL2 = List.of("一级指标", "三级指标", "指标值", "指标解释");

  /**
   * Headers that leave the names' column unnamed: empty (merged with the heading beside it), or headed by a word no
   * vocabulary lists (考核内容); a general heading (评价指标, 绩效内容) merged over the level-2 and the names' columns;
   * a self-evaluation whose category headings are 评价内容 | 绩效内容 and whose values have a 累计完成率 beside them.
   * Measured 2026-12-07 (session 30) before: with tabs no target at all under 一级指标 | 二级指标 | (empty or 考核内容) |
   * 指标值 (0.000), nor under the self-evaluations' (0.000); the 评价内容 | 绩效内容 one 0.965 of its targets and 0.030
   * of its actuals in every layout; glued, 考核内容 cut no heading, 0.000. After: every one exactly with tabs. The glued
   * target tables' least, 0.799, is 0.818 (session 34) once a target in words that takes up its name's words is cut.
   */
  private static final List<List<String>> NAMES_UNNAMED_TARGETS = List.of(
      List.of("一级指标", "二级指标", "", "指标值"),
      List.of("一级指标", "二级指标", "考核内容", "指标值"),
      List.of("一级指标", "评价指标", "", "指标值"));
  private static final List<List<String>> NAMES_UNNAMED_SELF_EVALUATIONS = List.of(
      List.of("评价内容", "绩效内容", "", "绩效目标值", "实际完成值", "累计完成率"),
      List.of("一级指标", "二级指标", "考核内容", "年度指标值", "实际完成值", "分值", "得分"),
      List.of("一级指标", "二级指标", "", "年度指标值", "实际完成值", "分值", "得分"),
      List.of("一级指标", "二级指标", "", "绩效目标值", "实际完成值", "累计完成率"));

  @Test
  void aNamesColumnWhoseHeadingIsEmptyOrUnknownReadsExactlyWithItsCellsApart() throws Exception {
    exactWithTabs("target", NAMES_UNNAMED_TARGETS);
    exactWithTabs("self-evaluation", NAMES_UNNAMED_SELF_EVALUATIONS);
    // 评价指标 | (empty) | 指标值 with no level-1 column: one of the development tables' names reads as a category.
    assertThat(readBack("target", "tabs", List.of("评价指标", "", "指标值"))[0]).isGreaterThanOrEqualTo(0.994);
  }

  @Test
  void aNamesColumnWhoseHeadingIsEmptyOrUnknownReadsInLayoutsThatLoseTheBordersAtLeastAsMeasured() throws Exception {
    atLeast("target", NAMES_UNNAMED_TARGETS, Map.of(
        "spaces", new double[] {0.999, 0.999}, "cell-per-line", new double[] {0.999, 0.999},
        "flattened", new double[] {0.971, 0.971}, "glued", new double[] {0.818, 0.818}));
    // Glued, 100%100%100%109 (a target and an actual written alike, a completion rate, the weight and score) was read
    // as the name …完成率100%: 0.485 of the targets, 0.682 once the rate is cut from the doubled value. Numbers glued
    // with nothing doubled (5210100%109) stay unread: left as measured.
    atLeast("self-evaluation", NAMES_UNNAMED_SELF_EVALUATIONS, Map.of(
        "spaces", new double[] {0.943, 0.943}, "cell-per-line", new double[] {0.974, 0.903},
        "flattened", new double[] {0.918, 0.853}, "glued", new double[] {0.681, 0.635}));
  }

  /**
   * A self-evaluation whose last column gives reasons or measures (原因分析, 改进措施) in sentences, also where the target
   * was met (加强项目管理,确保按期完成 on every other row). Measured 2026-12-07 (session 30) before: one per line and
   * flattened, such a sentence after a met row's score read as an indicator of its own: 0.795 and 0.802 of what was
   * read counted; after, a text in the reason's place before the next row's category is that reason: 0.975, 0.980.
   * Glued (session 33): 0.586 of the targets, 0.789 of what was read counted, the reason after the glued numbers
   * (100100109加强项目管理) taken for the actual and its empty mark (5210109/) keeping the numbers in the name; after,
   * 0.793 and 0.857; 0.803 and 0.862 once a value written twice before the score may be one character (是是) or long;
   * 0.843 and 0.908 once the words after the score are the reason under such a header (`GluedReason`).
   */
  private static final List<String> WITH_MEASURES = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "改进措施");

  @Test
  void aReasonOrMeasureAfterTheScoreIsNoIndicatorOfItsOwn() throws Exception {
    assertThat(readBackAll("self-evaluation", "tabs", WITH_MEASURES, (h, c) -> c, true)).containsExactly(1.0, 1.0, 1.0);
    for (String layout : List.of("spaces", "cell-per-line", "flattened")) {
      double[] read = readBackAll("self-evaluation", layout, WITH_MEASURES, (h, c) -> c, true);
      assertThat(read[0]).as(layout + " targets").isGreaterThanOrEqualTo(0.969);
      assertThat(read[2]).as(layout + " precision").isGreaterThanOrEqualTo(0.974);
    }
    double[] glued = readBackAll("self-evaluation", "glued", WITH_MEASURES, (h, c) -> c, true);
    assertThat(glued[0]).as("glued targets").isGreaterThanOrEqualTo(0.842);
    assertThat(glued[2]).as("glued precision").isGreaterThanOrEqualTo(0.907);
  }

  /**
   * A self-evaluation whose header is not in the text (the page opens below it, or a printed page repeats no header): its
   * rows in the national template's order. Measured 2026-12-07 (session 30) before: 0.030 of the actuals in every layout
   * (the second value was no one's); after, a self-evaluation without a header reads a target and then an actual, as
   * the template orders them (the weight and score after them keep no role: a framework's points look the same).
   */
  @Test
  void aSelfEvaluationWithoutItsHeaderReadsItsValuesInTheTemplatesOrder() throws Exception {
    List<String> template = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
    Map<String, double[]> floors = Map.of(
        "tabs", new double[] {0.964, 0.964}, "spaces", new double[] {0.959, 0.959}, "cell-per-line", new double[] {0.974, 0.903},
        "flattened", new double[] {0.918, 0.812}, "glued", new double[] {0.610, 0.570});
    atLeast("self-evaluation", List.of(template), floors, false);
  }

  /**
   * The layouts that lose the borders, each with the least share (targets, actuals) measured over the headers of a group.
   * Glued target tables: 0.651 until session 32, where a weight (and a 指标方向) glued after a target read the weight as the
   * target or left the target in the name (否10正向); 0.772 once a direction closing the row is cut and a sentence's target
   * with only the weight after it is taken; 0.777 once a signed target and its weight glued (≥110) are cut as bare ones are;
   * 0.795 (session 34) once a target in words that takes up its name's words is cut where it opens (…健康水平促进人民群众健康水平…).
   */
  private static final Map<String, double[]> TARGET_FLOORS = Map.of(
      "spaces", new double[] {0.999, 0.999}, "cell-per-line", new double[] {0.952, 0.952},
      "flattened", new double[] {0.952, 0.952}, "glued", new double[] {0.794, 0.794});
  private static final Map<String, double[]> SELF_EVALUATION_FLOORS = Map.of(
      "spaces", new double[] {0.974, 0.974}, "cell-per-line", new double[] {0.974, 0.964},
      "flattened", new double[] {0.948, 0.938}, "glued", new double[] {0.908, 0.898});
  /**
   * Glued without category columns: 0.414 until session 32 under 序号 | 绩效指标 | 指标值, the running number glued to
   * the name (1绿化美化公路=3500米 read as a quantity, 1 of 绿化美化公路); 0.735 once a number the rows count up to is cut
   * from the name, so the least of the group is now 指标名称 | 指标值's 0.665; 0.674 with the target in words that takes up
   * its name's words (session 34). One per line and flattened 0.833 and 0.805 until session 35 (a target in words after
   * its name, 保障 or 影响程度明显, dropped: nothing but its place says it is one); 0.958 and 0.926 once the lines are
   * rows again by their count ({@code PairedLines}).
   */
  private static final Map<String, double[]> UNCATEGORISED_FLOORS = Map.of(
      "spaces", new double[] {0.929, 0.929}, "cell-per-line", new double[] {0.957, 0.957},
      "flattened", new double[] {0.925, 0.925}, "glued", new double[] {0.673, 0.673});

  /**
   * Self-evaluations without category columns. Measured 2026-12-07 (session 35) before and after the lines are rows again by
   * their count: one per line 0.828 -> 0.869 (指标名称 | 目标值 | 实际值) and 0.919 -> 0.939 (… | 分值 | 得分), flattened
   * 0.768 -> 0.859 and 0.899 -> 0.929. What is left: names that are values themselves (1年 | 1年 | 1年) keep the count from
   * being trusted.
   */
  private static final List<List<String>> UNCATEGORISED_SELF_EVALUATION_HEADERS = List.of(
      List.of("指标名称", "目标值", "实际值"),
      List.of("三级指标", "年度指标值", "实际完成值", "分值", "得分"));

  @Test
  void selfEvaluationsWithoutCategoriesReadOnePerLineAndFlattenedAtLeastAsMeasured() throws Exception {
    exactWithTabs("self-evaluation", UNCATEGORISED_SELF_EVALUATION_HEADERS);
    atLeast("self-evaluation", UNCATEGORISED_SELF_EVALUATION_HEADERS, Map.of(
        "cell-per-line", new double[] {0.868, 0.868}, "flattened", new double[] {0.858, 0.858}));
  }

  @Test
  void theHeadingWordsOfPublishedFormsReadExactlyWithTheirCellsApart() throws Exception {
    exactWithTabs("target", TARGET_HEADERS);
    exactWithTabs("self-evaluation", SELF_EVALUATION_HEADERS);
    exactWithTabs("target", UNCATEGORISED_HEADERS);
    assertThat(readBack("self-evaluation", "tabs", WEIGHT_FIRST)).containsExactly(1.0, 1.0);
    assertThat(readBack("target", "tabs", EXPLAINED_WITHOUT_LEVEL2)).containsExactly(1.0, 1.0);
  }

  /**
   * The explanation before the target (指标解释 | 指标值, as the 指标说明 | 目标值), written as the national guidance
   * writes it (反映…情况). Measured 2026-12-07 (session 32) before: one per line 0.898 of the targets and 0.902 of what was
   * read counted (a value on the name's line, 新建水泥路1条, taken for the target, and the explanation then read as a
   * name), flattened 0.949, glued 0.693 (a target in words after 反映…情况 left in the explanation). After: 0.977 (0.977),
   * 0.977, 0.833; glued 0.837 once a target in words that takes up its name's words is cut where it opens (session 34).
   */
  private static final List<String> EXPLAINED_BEFORE_TARGET = List.of("一级指标", "二级指标", "三级指标", "指标解释", "指标值");

  @Test
  void anExplanationBeforeTheTargetReadsInEveryLayoutAtLeastAsMeasured() throws Exception {
    assertThat(readBack("target", "tabs", EXPLAINED_BEFORE_TARGET)).containsExactly(1.0, 1.0);
    atLeast("target", List.of(EXPLAINED_BEFORE_TARGET), Map.of(
        "spaces", new double[] {0.999, 0.999}, "cell-per-line", new double[] {0.976, 0.976},
        "flattened", new double[] {0.976, 0.976}, "glued", new double[] {0.836, 0.836}));
    double[] perLine = readBackAll("target", "cell-per-line", EXPLAINED_BEFORE_TARGET, (h, c) -> c, true);
    assertThat(perLine[2]).as("cell-per-line precision").isGreaterThanOrEqualTo(0.976);
  }

  @Test
  void columnsInOtherOrdersReadInLayoutsThatLoseTheBordersAtLeastAsMeasured() throws Exception {
    atLeast("self-evaluation", List.of(WEIGHT_FIRST), Map.of(
        "spaces", new double[] {0.999, 0.999}, "cell-per-line", new double[] {0.969, 0.964},
        "flattened", new double[] {0.974, 0.969}, "glued", new double[] {0.827, 0.807}));
    atLeast("target", List.of(EXPLAINED_WITHOUT_LEVEL2), Map.of(
        "spaces", new double[] {0.943, 0.943}, "cell-per-line", new double[] {0.980, 0.980},
        "flattened", new double[] {0.976, 0.976}, "glued", new double[] {0.734, 0.734}));
  }

  @Test
  void theHeadingWordsOfPublishedFormsReadInLayoutsThatLoseTheBordersAtLeastAsMeasured() throws Exception {
    atLeast("target", TARGET_HEADERS, TARGET_FLOORS);
    atLeast("self-evaluation", SELF_EVALUATION_HEADERS, SELF_EVALUATION_FLOORS);
    atLeast("target", UNCATEGORISED_HEADERS, UNCATEGORISED_FLOORS);
  }

  /** The self-evaluation header with its running number, and the plain target one, for the cells' own words. */
  private static final List<String> NUMBERED_SELF_EVALUATION = List.of("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
  private static final List<String> PLAIN_TARGETS = List.of("一级指标", "二级指标", "三级指标", "指标值");

  /** Categories written bare, as many forms write them: 产出 | 数量, 效益 | 社会效益, 满意度 | 服务对象满意度. */
  private static final Written BARE_CATEGORIES = (heading, cell) -> heading.endsWith("级指标") && !heading.startsWith("三") ? cell.replaceAll("(指标|目标)$", "") : cell;

  /** Names numbered as items: 指标1：…, 指标2：…. */
  private static final Written NUMBERED_NAMES = new Written() {
    private int item;

    @Override
    public String apply(String heading, String cell) {
      return heading.equals("三级指标") ? "指标" + (++item) + "：" + cell : cell;
    }
  };

  /**
   * Measured 2026-12-07 (session 29): bare categories glued after the running number (1产出数量开展…) gave 0.010 of a
   * self-evaluation's targets, 0.869 once the number is no part of the levels; numbered names flattened into one line
   * with targets in words (指标3：补贴数量 对学校…补贴5万元。 产出指标 …) 0.856 of a target table's, 0.986 once words after a
   * numbered name, up to the next category or item, are its target.
   */
  @Test
  void theCellsOwnWordsReadInEveryLayoutAtLeastAsMeasured() throws Exception {
    Map<String, double[]> floors = Map.of(
        "spaces", new double[] {0.994, 0.994}, "cell-per-line", new double[] {0.962, 0.962},
        "flattened", new double[] {0.933, 0.923}, "glued", new double[] {0.720, 0.720});
    for (Written written : List.of(BARE_CATEGORIES, NUMBERED_NAMES)) {
      assertThat(readBack("target", "tabs", PLAIN_TARGETS, written)).containsExactly(1.0, 1.0);
      assertThat(readBack("self-evaluation", "tabs", NUMBERED_SELF_EVALUATION, written)).containsExactly(1.0, 1.0);
      for (Map.Entry<String, double[]> floor : floors.entrySet()) {
        for (String kind : List.of("target", "self-evaluation")) {
          double[] read = readBack(kind, floor.getKey(), kind.equals("target") ? PLAIN_TARGETS : NUMBERED_SELF_EVALUATION, written);
          assertThat(read[0]).as(floor.getKey() + " " + kind + " targets").isGreaterThanOrEqualTo(floor.getValue()[0]);
          assertThat(read[1]).as(floor.getKey() + " " + kind + " actuals").isGreaterThanOrEqualTo(floor.getValue()[1]);
        }
      }
    }
  }

  /** Every header's tables, written with tabs between the cells, read back exactly: every target and actual right. */
  private static void exactWithTabs(String kind, List<List<String>> headers) throws Exception {
    for (List<String> header : headers) {
      assertThat(readBack(kind, "tabs", header)).as(header.toString()).containsExactly(1.0, 1.0);
    }
  }

  private static void atLeast(String kind, List<List<String>> headers, Map<String, double[]> floors) throws Exception {
    atLeast(kind, headers, floors, true);
  }

  /** As {@link #atLeast(String, List, Map)}, the rows written with no header line at all where not {@code headerShown}. */
  private static void atLeast(String kind, List<List<String>> headers, Map<String, double[]> floors, boolean headerShown) throws Exception {
    for (List<String> header : headers) {
      for (Map.Entry<String, double[]> floor : floors.entrySet()) {
        double[] read = readBackAll(kind, floor.getKey(), header, (h, c) -> c, headerShown);
        assertThat(read[0]).as(floor.getKey() + " targets " + header).isGreaterThanOrEqualTo(floor.getValue()[0]);
        assertThat(read[1]).as(floor.getKey() + " actuals " + header).isGreaterThanOrEqualTo(floor.getValue()[1]);
      }
    }
  }

  /** The shares of the kind's indicators read back under {@code header} in {@code layout}: with their target, and with their actual too. */
  private static double[] readBack(String kind, String layout, List<String> header) throws Exception {
    return readBack(kind, layout, header, (h, r) -> r);
  }

  /** A row's counted parts as a form writes them: its categories bare (产出 | 数量), its name numbered (指标3：…). */
  private interface Written extends java.util.function.BiFunction<String, String, String> {}

  private static double[] readBack(String kind, String layout, List<String> header, Written written) throws Exception {
    double[] read = readBackAll(kind, layout, header, written, true);
    return new double[] {read[0], read[1]};
  }

  /**
   * As {@link #readBack}, with a third share: of the indicators read, those a table counts (precision). The rows are
   * written under {@code header}, or with no header line at all where not {@code headerShown}.
   */
  private static double[] readBackAll(String kind, String layout, List<String> header, Written written, boolean headerShown)
      throws Exception {
    int expected = 0;
    int targets = 0;
    int actuals = 0;
    int readAll = 0;
    int paired = 0;
    int n = 0;
    for (List<HandCount.Expected> rows : DevelopmentTablesLayoutsTest.tables(kind)) {
      List<String[]> cells = new ArrayList<>();
      int number = 1;
      for (HandCount.Expected r : rows) {
        String[] row = new String[header.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = written.apply(header.get(i), cell(header.get(i), r, number));
        }
        cells.add(row);
        number++;
      }
      String title = kind.equals("target") ? "项目支出绩效目标表" : "项目支出绩效自评表";
      String text = TableLayouts.write(layout, title, "项目" + n++, headerShown ? header.toArray(String[]::new) : new String[0], cells);
      if (!headerShown) {
        text = text.replaceFirst("(?m)^\\n", ""); // the empty header line
      }
      List<Indicator> read = new ArrayList<>();
      try {
        Document d = Ingestor.standard().read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        d.projects().forEach(p -> {
          read.addAll(p.indicators());
          read.addAll(p.budgetExecution()); // a hand count counts a 预算执行 row as the table shows it, as an indicator
        });
      } catch (Exception unread) {
        // nothing read: every indicator of the table counts as missed
      }
      int[] counted = DevelopmentTablesLayoutsTest.counted(rows, read);
      expected += rows.size();
      targets += counted[0];
      actuals += counted[1];
      readAll += read.size();
      paired += (int) org.jixiao.eval.IndicatorMatching.pair(rows, read).stream().filter(p -> p.read() != null && p.expected() != null).count();
    }
    return new double[] {targets / (double) expected, actuals / (double) expected, paired / (double) Math.max(1, readAll)};
  }

  /**
   * What a row holds under a heading: its categories, name, target and actual; a weight 10 and a score 9. (评价内容 and
   * 绩效内容, 评价指标 over an empty heading, head the categories; the empty heading, or 考核内容, the names.)
   */
  private static String cell(String heading, HandCount.Expected r, int number) {
    String name = r.name().replace(" ", "");
    return switch (heading) {
      case "序号" -> String.valueOf(number);
      case "一级指标" -> r.level1();
      case "二级指标" -> DevelopmentTablesLayoutsTest.level2(r.level1(), name);
      case "三级指标", "指标名称", "绩效指标", "", "考核内容" -> name;
      case "评价内容" -> r.level1();
      case "绩效内容", "评价指标" -> DevelopmentTablesLayoutsTest.level2(r.level1(), name);
      case "累计完成率" -> "100%";
      case "备注", "偏差原因分析", "未完成原因" -> "";
      case "改进措施" -> number % 2 == 0 ? "加强项目管理,确保按期完成" : "/";
      case "权重", "分值", "分数", "标准分" -> "10";
      case "得分", "自评得分", "自评分", "评分", "实际得分" -> "9";
      case "指标方向" -> "正向";
      case "指标解释" -> "反映" + name + "情况";
      // Points by their words (单位自评得分, 实得分; 满分), what was done by its (实际…, …完成…), else the target.
      default -> heading.contains("得分") || heading.contains("评分") ? "9"
          : heading.contains("分值") || heading.contains("权重") || heading.endsWith("分") ? "10"
          : heading.contains("实际") || heading.contains("完成") ? (r.actual() == null ? "" : r.actual()) : r.target();
    };
  }
}

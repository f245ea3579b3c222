package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * A table in traditional characters reads as its simplified form does, and what is stored is written
 * as the document writes it.
 */
class CharacterFoldTest {

  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  private static List<Indicator> indicators(Document d) {
    return d.projects().stream().flatMap(p -> p.indicators().stream()).toList();
  }

  @Test
  void aTableInTraditionalCharactersReadsAsItsSimplifiedFormAndKeepsItsCharacters() throws Exception {
    // One cell per line, items numbered 指标1 glued to their names: a rule that looks at 指标N as written.
    String simplified = """
        项目名称:学校维修改造
        一级指标

        二级指标

        三级指标

        年度指标值

        实际完成值

        分值

        得分

        产出指标

        数量指标

        指标1工程资金金额

        43.2

        37.24

        10

        9

        质量指标

        指标1工程验收合格率

        100%

        100%

        10

        10
        """;
    String traditional = TO_TRADITIONAL.transliterate(simplified);
    assertThat(traditional).contains("指標1工程資金金額");
    List<Indicator> plain = indicators(TableRecogniserTest.read(simplified));
    List<Indicator> folded = indicators(TableRecogniserTest.read(traditional));
    assertThat(plain).hasSize(2);
    assertThat(folded).hasSameSizeAs(plain);
    for (int i = 0; i < plain.size(); i++) {
      assertThat(folded.get(i).name()).isEqualTo(TO_TRADITIONAL.transliterate(plain.get(i).name()));
      assertThat(folded.get(i).level1()).isEqualTo(plain.get(i).level1());
      assertThat(folded.get(i).target().raw()).isEqualTo(plain.get(i).target().raw());
    }
    assertThat(folded.get(1).name()).contains("工程驗收合格率");
    assertThat(folded.get(0).level1Raw()).isEqualTo("產出指標");
  }

  @Test
  void aSimplifiedNameInATraditionalTableStaysAsItIsWritten() throws Exception {
    Document d = TableRecogniserTest.read("""
        項目名稱 | 路燈維護
        一級指標 | 二級指標 | 三級指標 | 指標值
        產出指標 | 數量指標 | 維護路燈數量 | ≥500盞
        產出指標 | 质量指标 | 路灯维修及时率 | ≥95%
        """);
    assertThat(indicators(d)).extracting(Indicator::name).containsExactly("維護路燈數量", "路灯维修及时率");
    assertThat(d.projects().get(0).name()).isEqualTo("路燈維護");
  }

  @Test
  void theLinesAMessageQuotesAreQuotedAsWrittenAndItsOwnWordsStaySimplified() {
    org.jixiao.ingest.read.Sheet sheet = new org.jixiao.ingest.read.Sheet("t.txt", List.of(
        new org.jixiao.ingest.read.Row(1, List.of("說明:本表僅供參考")),
        new org.jixiao.ingest.read.Row(2, List.of("維護路燈數量≥500盞,詳見附表"))));
    CharacterFold fold = CharacterFold.of(sheet);
    assertThat(fold.any()).isTrue();
    assertThat(CharacterFold.folded(sheet).rows().get(1).cells()).containsExactly("维护路灯数量≥500盏,详见附表");
    assertThat(fold.restoreQuoted("以下各行像是绩效指标，但没有读出：第2行“维护路灯数量≥500盏,详见附表” / lines: 2"))
        .isEqualTo("以下各行像是绩效指标，但没有读出：第2行“維護路燈數量≥500盞,詳見附表” / lines: 2");
    // A sheet in simplified characters is read as it is.
    assertThat(CharacterFold.of(new org.jixiao.ingest.read.Sheet("s.txt",
        List.of(new org.jixiao.ingest.read.Row(1, List.of("维护路灯数量≥500盏")))))
        .any()).isFalse();
  }

  @Test
  void fullWidthDigitsAndSignsAreReadAsValuesAndStoredAsWritten() throws Exception {
    String fullWidth = """
        项目名称：路灯维护
        一级指标 二级指标 三级指标 指标值
        产出指标数量指标维护路灯数量（盏）５００
        质量指标路灯亮灯率≥９８％
        """;
    List<Indicator> wide = indicators(TableRecogniserTest.read(fullWidth));
    List<Indicator> half = indicators(TableRecogniserTest.read(java.text.Normalizer.normalize(fullWidth, java.text.Normalizer.Form.NFKC)));
    assertThat(wide).hasSize(2).hasSameSizeAs(half);
    assertThat(wide).extracting(Indicator::name).containsExactly("维护路灯数量", "路灯亮灯率");
    assertThat(wide).extracting(i -> i.target().raw()).containsExactly("５００", "≥９８％");
    for (int i = 0; i < half.size(); i++) {
      assertThat(wide.get(i).target().value()).isEqualTo(half.get(i).target().value());
    }
    assertThat(wide.get(1).target().value()).isEqualTo(98.0);
  }

  @Test
  void anEvaluationFrameworkWithFullWidthPointsReadsAsWithHalfWidthOnes() throws Exception {
    // (２分) after an item: Java's \\d and the value grammar take ASCII digits only, unfolded.
    String fullWidth = """
        评价指标 | 分值 | 评价标准 | 评价依据 |
        前期工作 | 任务分解 （２分） | 按要求将年度任务分解落实到项目区的，得２分；未完成的，不得分。 | 监测平台数据。 |
        审批备案 （２分） | 及时完成项目初步设计审批的，得２分；未按时完成的，不得分。 | |
        项目储备 （２分） | 建立项目储备库的，得２分，否则不得分。 | 自评报告。 | |
        """;
    List<Indicator> half = indicators(TableRecogniserTest.read(java.text.Normalizer.normalize(fullWidth, java.text.Normalizer.Form.NFKC)));
    List<Indicator> wide = indicators(TableRecogniserTest.read(fullWidth));
    assertThat(half).extracting(Indicator::name).contains("任务分解", "项目储备");
    assertThat(wide).extracting(Indicator::name).isEqualTo(half.stream().map(Indicator::name).toList());
    assertThat(wide).extracting(i -> i.evaluation() == null ? null : i.evaluation().weight())
        .isEqualTo(half.stream().map(i -> i.evaluation() == null ? null : i.evaluation().weight()).toList());
  }

  @Test
  void aSheetWithAFewFullWidthCharactersIsFoldedAndKeepsThemWhereTheyStand() {
    // The sheet mostly writes 2 half-width; its one （２分） is still folded for reading and written back where it stands.
    org.jixiao.ingest.read.Sheet sheet = new org.jixiao.ingest.read.Sheet("t.txt", List.of(
        new org.jixiao.ingest.read.Row(1, List.of("任务分解（２分）", "得2分")),
        new org.jixiao.ingest.read.Row(2, List.of("审批备案(2分)", "得2分,2项"))));
    CharacterFold fold = CharacterFold.of(sheet);
    assertThat(fold.any()).isTrue();
    assertThat(CharacterFold.folded(sheet).rows().get(0).cells()).containsExactly("任务分解(2分)", "得2分");
    assertThat(fold.restore("任务分解(2分)", 1)).isEqualTo("任务分解（２分）");
    assertThat(fold.restore("审批备案(2分)", 2)).isEqualTo("审批备案(2分)");
    assertThat(fold.restore("2分")).isEqualTo("2分");
  }
}

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
class TraditionalFoldTest {

  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  private static List<Indicator> indicators(Document d) {
    return d.projects().stream().flatMap(p -> p.indicators().stream()).toList();
  }

  @Test
  void aTableInTraditionalCharactersReadsAsItsSimplifiedFormAndKeepsItsCharacters() throws Exception {
    // Numbered items glued to their names and a category glued to the first: rules that look at a cell's text.
    String simplified = """
        项目名称:农村公路养护
        指标1工程资金金额 | 120万元 | 118万元 | 10 | 10
        指标2工程验收合格率 | 100% | 100% | 10 | 10
        满意度指标群众满意度 | ≥90% | 93% | 10 | 9
        """;
    String traditional = TO_TRADITIONAL.transliterate(simplified);
    assertThat(traditional).contains("指標1工程資金金額");
    List<Indicator> plain = indicators(TableRecogniserTest.read(simplified));
    List<Indicator> folded = indicators(TableRecogniserTest.read(traditional));
    assertThat(folded).hasSameSizeAs(plain).isNotEmpty();
    for (int i = 0; i < plain.size(); i++) {
      assertThat(folded.get(i).name()).isEqualTo(TO_TRADITIONAL.transliterate(plain.get(i).name()));
      assertThat(folded.get(i).level1()).isEqualTo(plain.get(i).level1());
      assertThat(folded.get(i).target().raw()).isEqualTo(TO_TRADITIONAL.transliterate(plain.get(i).target().raw()));
    }
    assertThat(folded).extracting(Indicator::name).contains("群眾滿意度");
    assertThat(folded.get(folded.size() - 1).level1Raw()).isEqualTo("滿意度指標");
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
    TraditionalFold fold = TraditionalFold.of(sheet);
    assertThat(fold.any()).isTrue();
    assertThat(TraditionalFold.folded(sheet).rows().get(1).cells()).containsExactly("维护路灯数量≥500盏,详见附表");
    assertThat(fold.restoreQuoted("以下各行像是绩效指标，但没有读出：第2行“维护路灯数量≥500盏,详见附表” / lines: 2"))
        .isEqualTo("以下各行像是绩效指标，但没有读出：第2行“維護路燈數量≥500盞,詳見附表” / lines: 2");
    // A sheet in simplified characters is read as it is.
    assertThat(TraditionalFold.of(new org.jixiao.ingest.read.Sheet("s.txt",
        List.of(new org.jixiao.ingest.read.Row(1, List.of("维护路灯数量≥500盏")))))
        .any()).isFalse();
  }
}

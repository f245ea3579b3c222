package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.ingest.Ingestor;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Period;
import org.jixiao.model.Project;
import org.jixiao.testing.FormatFixtures;

/**
 * The first two projects of seed 000 as rows of cells, for writing the same table in other formats,
 * and the check that a format read them exactly as the text reader does.
 */
final class SeedRows {

  /** The 单位名称 line. */
  final String unitLine;
  /** The header row and the two project rows, cells as in the seed. */
  final List<List<String>> table;
  /** The same four lines as tab-separated text: what the text reader reads. */
  final String text;

  private SeedRows(String unitLine, List<List<String>> table) {
    this.unitLine = unitLine;
    this.table = table;
    StringBuilder b = new StringBuilder(unitLine).append('\n');
    table.forEach(r -> b.append(String.join("\t", r)).append('\n'));
    this.text = b.toString();
  }

  static SeedRows load() throws Exception {
    FormatFixtures.Table seed = FormatFixtures.seedTable();
    return new SeedRows(seed.unitLine(), seed.rows());
  }

  /** The document the text reader makes of the same rows: the reference every format must equal. */
  Document expected() throws Exception {
    return Ingestor.standard().read("x.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Asserts the exact document: two projects, budgets, indicator counts and one indicator in full. */
  void assertSameAsSeed(Document actual) throws Exception {
    Document expected = expected();
    assertThat(expected.projects()).extracting(p -> p.indicators().size()).containsExactly(4, 4);
    assertThat(actual.unit()).isEqualTo("广州市市长专线电话受理中心");
    assertThat(actual.projects()).extracting(Project::name).containsExactly("业务用房物业管理费", "其他运行经费");
    assertThat(actual.projects().get(0).budget().total()).isEqualByComparingTo("268.66");
    assertThat(actual.projects().get(1).budget().total()).isEqualByComparingTo("110.80");
    for (int i = 0; i < 2; i++) {
      assertThat(actual.projects().get(i).indicators()).hasSameSizeAs(expected.projects().get(i).indicators());
      assertThat(actual.projects().get(i).indicators()).extracting(Indicator::name)
          .containsExactlyElementsOf(expected.projects().get(i).indicators().stream().map(Indicator::name).toList());
      assertThat(actual.projects().get(i).goal()).isEqualTo(expected.projects().get(i).goal());
    }
    Indicator inspection = actual.projects().get(0).indicators().get(0);
    assertThat(inspection.name()).isEqualTo("物业巡检完成率");
    assertThat(inspection.level1()).isEqualTo("产出指标");
    assertThat(inspection.target(Period.ANNUAL).raw()).isEqualTo("≥95%");
  }
}

package org.jixiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestEvaluationTest {

  @TempDir Path dir;

  void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void recallPrecisionAndTargetAccuracyOverAManifestsSplit() throws Exception {
    write("manifest.tsv", "# test\n" + TableManifest.HEADER + "\n"
        + "a.txt\tdev\ttarget\t湖南\tpipes\thttp://example.org/a\n"
        + "b.txt\theldout\ttarget\t湖北\tglued\thttp://example.org/b\n"
        + "c.txt\tdev\ttarget\t安徽\tprose\thttp://example.org/c\n");
    write("a.txt", "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 维护路灯数量 | ≥500盏\n | 质量指标 | 路灯亮灯率 | ≥98%\n");
    write("a.expected.tsv", "# kind: target\n" + HandCount.HEADER + "\n产出指标\t维护路灯数量\t≥500盏\t\n产出指标\t路灯亮灯率\t≥95%\t\n产出指标\t更换灯具\t≥20套\t\n");
    write("c.txt", "这不是一张绩效表。\n");
    write("c.expected.tsv", HandCount.HEADER + "\n产出指标\t维护路灯数量\t≥500盏\t\n");
    IngestEvaluation.Score s = IngestEvaluation.run(TableManifest.read(dir.resolve("manifest.tsv")), "dev", Ingestor.standard());
    assertThat(s.files()).hasSize(2);
    assertThat(s.filesRead()).isEqualTo(1);
    assertThat(s.counted()).isEqualTo(4);
    assertThat(s.read()).isEqualTo(2);
    assertThat(s.matched()).isEqualTo(2);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.targetAccuracy()).isEqualTo(0.5);
    assertThat(s.files().get(0).missed()).containsExactly("更换灯具");
    assertThat(s.files().get(0).wrongTargets()).containsExactly("路灯亮灯率: ≥95% ≠ ≥98%");
    assertThat(s.files().get(1).failure()).contains("未识别的表格布局");
  }

  @Test
  void aMalformedHandCountIsAnErrorNamingItsLine() throws Exception {
    write("x.expected.tsv", HandCount.HEADER + "\n产出指标\n");
    assertThatThrownBy(() -> HandCount.read(dir.resolve("x.expected.tsv"))).hasMessageContaining("x.expected.tsv:2");
    write("manifest.tsv", TableManifest.HEADER + "\na.txt\tdev\n");
    assertThatThrownBy(() -> TableManifest.read(dir.resolve("manifest.tsv"))).hasMessageContaining("6");
  }

  @Test
  void theDevelopmentTablesAreReadAgainWithEachOthersContent() throws Exception {
    write("manifest.tsv", TableManifest.HEADER + "\n"
        + "a.txt\tdev\ttarget\t湖南\tpipes\thttp://example.org/a\n"
        + "b.txt\tdev\ttarget\t湖北\tpipes\thttp://example.org/b\n"
        + "h.txt\theldout\ttarget\t安徽\tpipes\thttp://example.org/h\n");
    write("a.txt", "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 维护路灯数量 | ≥500盏\n | 质量指标 | 路灯亮灯率 | ≥98%\n");
    write("a.expected.tsv", HandCount.HEADER + "\n产出指标\t维护路灯数量\t≥500盏\t\n产出指标\t路灯亮灯率\t≥98%\t\n");
    write("b.txt", "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 培训教师人数 | 120人\n | 质量指标 | 设备完好率 | ≥95%\n");
    write("b.expected.tsv", HandCount.HEADER + "\n产出指标\t培训教师人数\t120人\t\n产出指标\t设备完好率\t≥95%\t\n");
    write("h.txt", "一级指标 | 三级指标 | 指标值\n产出指标 | 保洁面积 | 3000平方米\n");
    write("h.expected.tsv", HandCount.HEADER + "\n产出指标\t保洁面积\t3000平方米\t\n");
    TableManifest manifest = TableManifest.read(dir.resolve("manifest.tsv"));
    IngestEvaluation.Score s = IngestEvaluation.runSwapped(manifest, 1, Ingestor.standard());
    assertThat(s.files()).extracting(f -> f.table().file()).containsExactly("a.txt", "b.txt");
    assertThat(s.matched()).isEqualTo(4);
    assertThat(s.targetsRight()).isEqualTo(4);
    // One table can be read alone (--only); its donors are still every other development table.
    IngestEvaluation.Score one = IngestEvaluation.runSwapped(manifest, manifest.split("dev").subList(0, 1), 1, Ingestor.standard());
    assertThat(one.files()).hasSize(1);
    assertThat(one.files().get(0).missed()).isEmpty();
    assertThat(one.matched()).isEqualTo(2);
  }
}

package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {

  @Test
  void theBuiltInListCoversTheDomainsCommonPairs() {
    Synonyms s = Synonyms.builtIn();
    assertThat(s.variants("群众满意度")).contains("群众满意率", "群众满意程度").doesNotContain("群众满意度");
    assertThat(s.variants("投诉处理")).contains("举报处理");
    assertThat(s.variants("工单办结率")).contains("诉求办结率");
    assertThat(s.variants("系统可用率")).contains("系统正常运行率", "系统在线率");
    assertThat(s.variants("项目经费")).isEmpty();
  }

  @Test
  void theLongestWordOfAGroupIsReplacedWhole() throws Exception {
    Synonyms s = Synonyms.parse("满意 满意程度 满意度");
    assertThat(s.variants("服务满意程度")).containsExactly("服务满意度");
    assertThat(s.expand("服务满意程度")).containsExactly(new Synonyms.Variant("服务满意度", "满意度"));
    assertThat(s.variants("服务满意")).containsExactly("服务满意程度", "服务满意度");
  }

  @Test
  void variantsAreBounded() throws Exception {
    Synonyms s = Synonyms.parse("甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子");
    assertThat(s.variants("甲指标")).hasSize(Synonyms.MAX_VARIANTS);
  }

  @Test
  void usersExtendTheListWithTheirOwnFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "# 本单位的说法\n来件，收件 # comment\n\n单独一词\n", StandardCharsets.UTF_8);
    Synonyms s = Synonyms.builtInPlus(file);
    assertThat(s.groupCount()).isEqualTo(Synonyms.builtIn().groupCount() + 1);
    assertThat(s.variants("来件量")).containsExactly("收件量");
    assertThat(s.variants("满意度")).contains("满意率");
    assertThatThrownBy(() -> Synonyms.builtInPlus(dir.resolve("missing.txt"))).hasMessageContaining("同义词");
  }

  @Test
  void everydayWordsAreSaidInTheTablesWordsOneWay() {
    Synonyms s = Synonyms.parse("隔多久, 多久一次 => 频次\n查看 => 巡查, 巡检\n一次 => 一回\n外包 => 服务外包\n好评 => 好评率");
    // Longest first, left to right, each everyday word by the first word on its right.
    assertThat(s.normalised("设施隔多久查看一回")).isEqualTo("设施频次巡查一回");
    assertThat(s.normalised("多久一次查看")).isEqualTo("频次巡查");
    // One way only: the tables' words are left as they are.
    assertThat(s.normalised("设施巡查频次")).isNull();
    assertThat(s.variants("设施频次")).isEmpty();
    // Not where the tables' word already stands.
    assertThat(s.normalised("施工图审查服务外包")).isNull();
    assertThat(s.normalised("政务服务好评率")).isNull();
    assertThat(s.normalised("政务服务好评")).isEqualTo("政务服务好评率");
    // The words on a rule's right are synonyms of each other: 巡查 is also searched as 巡检.
    assertThat(s.variants("设施巡查")).containsExactly("设施巡检");
    assertThat(s.groupCount()).isEqualTo(6);
  }

  @Test
  void theBuiltInRulesLeaveTheTablesOwnWordingAlone() {
    Synonyms s = Synonyms.builtIn();
    assertThat(s.normalised("东西坏了多久有人来修")).isEqualTo("设备故障维修及时率");
    assertThat(s.normalised("群众有意见反映几回")).contains("投诉").contains("次数");
    // Indicator names as the tables write them are not rewritten.
    for (String name : java.util.List.of("工单转派及时率", "购买服务质量合格率", "政务服务好评率", "施工图审查服务外包",
        "物业巡检完成率", "设备维修及时率", "群众满意度", "15秒接通率", "平均处理时长", "系统故障率")) {
      assertThat(s.normalised(name)).as(name).isNull();
    }
  }

  /**
   * An everyday word of a rule must not be a word the tables themselves write (比例, 补贴, 联网, 意见书
   * are), or the rule would turn a drafter's exact name into something else: no indicator name of the
   * bundled corpus or of the development tables is rewritten. (The held-out tables are not read here.)
   */
  @Test
  void noRuleRewritesANameTheTablesWrite() throws Exception {
    Synonyms s = Synonyms.builtIn();
    java.util.Set<String> names = new java.util.TreeSet<>();
    org.jixiao.ingest.Ingestor ingestor = org.jixiao.ingest.Ingestor.standard();
    try (var files = Files.list(Path.of("data"))) {
      for (Path f : files.sorted().toList()) {
        for (var p : ingestor.read(f.getFileName().toString(), Files.readAllBytes(f)).projects()) {
          p.indicators().forEach(i -> names.add(i.name()));
        }
      }
    }
    Path corpus = Path.of("src/test/resources/real-world/corpus");
    for (var t : org.jixiao.eval.TableManifest.read(corpus.resolve("manifest.tsv")).split("dev")) {
      org.jixiao.eval.HandCount.read(t.handCount(corpus)).indicators().forEach(e -> names.add(e.name().replace(" ", "")));
    }
    assertThat(names).hasSizeGreaterThan(800);
    assertThat(names).allSatisfy(n -> assertThat(s.normalised(n)).as(n).isNull());
  }

  @Test
  void aWordAskedAsAQuestionIsReplacedWithTheQuestion(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "过关 => 合格率\n不停电 => 供电保障\n", StandardCharsets.UTF_8);
    Synonyms s = Synonyms.builtInPlus(file);
    // A不AB: the rule's word starts at the second A (过不|过关) or at the 不 (停|不停电).
    assertThat(s.normalised("工作服质量过不过关")).isEqualTo("工作服质量合格率");
    assertThat(s.substitutions("工作服质量过不过关")).containsExactly(new Synonyms.Substitution("过不过关", "合格率"));
    assertThat(s.normalised("夏天停不停电")).isEqualTo("夏天供电保障");
    // Not a question: the characters around the 不 differ, and only the word itself is replaced.
    assertThat(s.normalised("验收不过关")).isEqualTo("验收不合格率");
    assertThat(s.normalised("晚上不停电")).isEqualTo("晚上供电保障");
  }

  @Test
  void usersAddOneWayRulesInTheirOwnFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "打不开网页 => 系统故障\n", StandardCharsets.UTF_8);
    Synonyms s = Synonyms.builtInPlus(file);
    assertThat(s.normalised("办事网站打不开网页")).contains("系统故障");
    Files.writeString(file, "# mine\n打不开网页 =>\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Synonyms.builtInPlus(file)).hasMessageContaining("第2行").hasMessageContaining("line 2");
  }
}

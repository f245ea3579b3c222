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
    Files.writeString(file, "# 本单位的说法\n来电，呼入 # comment\n\n单独一词\n", StandardCharsets.UTF_8);
    Synonyms s = Synonyms.builtInPlus(file);
    assertThat(s.groupCount()).isEqualTo(Synonyms.builtIn().groupCount() + 1);
    assertThat(s.variants("来电量")).containsExactly("呼入量");
    assertThat(s.variants("满意度")).contains("满意率");
    assertThatThrownBy(() -> Synonyms.builtInPlus(dir.resolve("missing.txt"))).hasMessageContaining("同义词");
  }

}

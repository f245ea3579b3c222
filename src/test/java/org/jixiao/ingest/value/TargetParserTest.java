package org.jixiao.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.jixiao.model.Op;
import org.jixiao.model.Period;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {

  @ParameterizedTest(name = "{0} → {1} {2} {3} {4} {5} {6}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # raw                                          | kind        | op    | value     | upper | unit      | qualitative
      ≥95%                                             | NUMERIC     | GE    | 95        | null  | %         | null
      ≤3                                               | NUMERIC     | LE    | 3         | null  | null      | null
      ≤1                                               | NUMERIC     | LE    | 1         | null  | null      | null
      ≧90%                                             | NUMERIC     | GE    | 90        | null  | %         | null
      ═100%                                            | NUMERIC     | EQ    | 100       | null  | %         | null
      >=98%                                            | NUMERIC     | GE    | 98        | null  | %         | null
      ‹=5                                              | NUMERIC     | LE    | 5         | null  | null      | null
      ＞＝９５％                                       | NUMERIC     | GE    | 95        | null  | %         | null
      不低于98%                                        | NUMERIC     | GE    | 98        | null  | %         | null
      大于95%                                          | NUMERIC     | GT    | 95        | null  | %         | null
      满意率不低于95%                                  | NUMERIC     | GE    | 95        | null  | %         | null
      1200万通                                         | NUMERIC     | EQ    | 1.2E7     | null  | 通        | null
      ≥10000M                                          | NUMERIC     | GE    | 10000     | null  | M         | null
      5次以下                                          | NUMERIC     | LE    | 5         | null  | 次        | null
      收到投诉少于5件                                  | NUMERIC     | LT    | 5         | null  | 件        | null
      收到投诉案件10件以下                             | NUMERIC     | LE    | 10        | null  | 件        | null
      100%达标                                         | NUMERIC     | EQ    | 100       | null  | %         | null
      100%不发生极端事件                               | NUMERIC     | EQ    | 100       | null  | %         | null
      6000-8000件/月                                   | NUMERIC     | RANGE | 6000      | 8000  | 件/月     | null
      12月底前                                         | TEXT        | null  | null      | null  | null      | null
      ≤12个月                                          | NUMERIC     | LE    | 12        | null  | 个月      | null
      6000～8000                                       | NUMERIC     | RANGE | 6000      | 8000  | null      | null
      6000至8000                                       | NUMERIC     | RANGE | 6000      | 8000  | null      | null
      50%-60%                                          | NUMERIC     | RANGE | 50        | 60    | %         | null
      5分钟响应，1小时解决                             | NUMERIC     | LE    | 5         | null  | 分钟      | null
      3个工作日内办结                                  | NUMERIC     | LE    | 3         | null  | 个工作日  | null
      控制在5%以内                                     | NUMERIC     | LE    | 5         | null  | %         | null
      优                                               | QUALITATIVE | null  | null      | null  | null      | 优
      优秀                                             | QUALITATIVE | null  | null      | null  | null      | 优秀
      良                                               | QUALITATIVE | null  | null      | null  | null      | 良
      提升                                             | QUALITATIVE | null  | null      | null  | null      | 提升
      减少                                             | QUALITATIVE | null  | null      | null  | null      | 减少
      采纳                                             | QUALITATIVE | null  | null      | null  | null      | 采纳
      是                                               | QUALITATIVE | null  | null      | null  | null      | 是
      满意                                             | QUALITATIVE | null  | null      | null  | null      | 满意
      稳步提高                                         | QUALITATIVE | null  | null      | null  | null      | 稳步提高
      考核合格                                         | QUALITATIVE | null  | null      | null  | null      | 合格
      达到验收标准                                     | QUALITATIVE | null  | null      | null  | null      | 达标
      项目完成后业主对项目方实施方案的满意度达到优     | QUALITATIVE | null  | null      | null  | null      | 优
      无                                               | EMPTY       | null  | null      | null  | null      | null
      无。                                             | EMPTY       | null  | null      | null  | null      | null
      /                                                | EMPTY       | null  | null      | null  | null      | null
      ／                                               | EMPTY       | null  | null      | null  | null      | null
      -                                                | EMPTY       | null  | null      | null  | null      | null
      —                                                | EMPTY       | null  | null      | null  | null      | null
      --                                               | EMPTY       | null  | null      | null  | null      | null
      暂无                                             | EMPTY       | null  | null      | null  | null      | null
      不适用                                           | EMPTY       | null  | null      | null  | null      | null
      ''                                               | EMPTY       | null  | null      | null  | null      | null
      同一事项无差别受理、同标准办理                   | TEXT        | null  | null      | null  | null      | null
      区政务网无重大网络安全事件发生                   | TEXT        | null  | null      | null  | null      | null
      高于全省平均值                                   | TEXT        | null  | null      | null  | null      | null
      安保服务服务质量满意度90%以上                    | NUMERIC     | GE    | 90        | null  | %         | null
      80分以上                                         | NUMERIC     | GE    | 80        | null  | 分        | null
      2人（含）以下                                    | NUMERIC     | LE    | 2         | null  | 人        | null
      不少于2000条                                     | NUMERIC     | GE    | 2000      | null  | 条        | null
      10起以下                                         | NUMERIC     | LE    | 10        | null  | 起        | null
      0次                                              | NUMERIC     | EQ    | 0         | null  | 次        | null
      ≥2次/日                                          | NUMERIC     | GE    | 2         | null  | 次/日     | null
      ≥99.9%                                           | NUMERIC     | GE    | 99.9      | null  | %         | null
      ≥600万                                           | NUMERIC     | GE    | 6000000   | null  | null      | null
      ≥1.7万                                           | NUMERIC     | GE    | 17000     | null  | null      | null
      16万件                                           | NUMERIC     | EQ    | 160000    | null  | 件        | null
      2次或以上                                        | NUMERIC     | GE    | 2         | null  | 次        | null
      至少一次                                         | NUMERIC     | GE    | 1         | null  | 次        | null
      12份                                             | NUMERIC     | EQ    | 12        | null  | 份        | null
      运维故障响应率达100%                             | NUMERIC     | GE    | 100       | null  | %         | null
      提供12345政务服务便民热线年度大数据分析报告1份   | NUMERIC     | EQ    | 1         | null  | 份        | null
      建设不少于8个企业主题分析应用                    | NUMERIC     | GE    | 8         | null  | 个        | null
      大于等于1000                                     | NUMERIC     | GE    | 1000      | null  | null      | null
      4个                                              | NUMERIC     | EQ    | 4         | null  | 个        | null
      43套                                             | NUMERIC     | EQ    | 43        | null  | 套        | null
      15个工作日                                       | NUMERIC     | EQ    | 15        | null  | 个工作日  | null
      每个项目15个工作日                               | NUMERIC     | EQ    | 15        | null  | 个工作日  | null
      机器人派单准确率超90%以上                        | NUMERIC     | GT    | 90        | null  | %         | null
      机器人流程操作响应时间为1秒                      | NUMERIC     | EQ    | 1         | null  | 秒        | null
      媒体报导次数超60次                               | NUMERIC     | GT    | 60        | null  | 次        | null
      压减8%以上                                       | NUMERIC     | GE    | 8         | null  | %         | null
      提高30%                                          | NUMERIC     | GE    | 30        | null  | %         | null
      提升10%                                          | NUMERIC     | GE    | 10        | null  | %         | null
      大于5次                                          | NUMERIC     | GT    | 5         | null  | 次        | null
      99%（自助终端设备在线个数/自助终端设备总数*100%） | NUMERIC     | EQ    | 99        | null  | %         | null
      98%（服务企业评价满意个数/提供服务企业个数*100%） | NUMERIC     | EQ    | 98        | null  | %         | null
      90%（企业在好差评系统的打分）                    | NUMERIC     | EQ    | 90        | null  | %         | null
      6宗（完成论证数量包括通过论证的3宗）             | NUMERIC     | EQ    | 6         | null  | 宗        | null
      （项目总预算-项目合同总价）/项目总预算≥0.1%      | NUMERIC     | GE    | 0.1       | null  | %         | null
      项目完成验收时间-项目开始时间≤1年                | NUMERIC     | LE    | 1         | null  | 年        | null
      考核设备是否闲置。实际使用设备数/购置总数=100%   | NUMERIC     | EQ    | 100       | null  | %         | null
      举行窗口培训次数大于等于一次（含线上）           | NUMERIC     | GE    | 1         | null  | 次        | null
      运维服务项目提供服务人数为4人                    | NUMERIC     | EQ    | 4         | null  | 人        | null
      ≥0.97比例                                        | NUMERIC     | GE    | 0.97      | null  | null      | null
      <24小时                                          | NUMERIC     | LT    | 24        | null  | 小时      | null
      <1681680元                                       | NUMERIC     | LT    | 1681680   | null  | 元        | null
      <1,681,680元                                     | NUMERIC     | LT    | 1681680   | null  | 元        | null
      250万                                            | NUMERIC     | EQ    | 2500000   | null  | null      | null
      50万元                                           | NUMERIC     | EQ    | 50        | null  | 万元      | null
      17元/人.每天                                     | NUMERIC     | EQ    | 17        | null  | 元/人.每天 | null
      1080P                                            | NUMERIC     | EQ    | 1080      | null  | P         | null
      10辆                                             | NUMERIC     | EQ    | 10        | null  | 辆        | null
      ≥80M                                             | NUMERIC     | GE    | 80        | null  | M         | null
      100.00%                                          | NUMERIC     | EQ    | 100       | null  | %         | null
      94.82%                                           | NUMERIC     | EQ    | 94.82     | null  | %         | null
      153.33秒                                         | NUMERIC     | EQ    | 153.33    | null  | 秒        | null
      175560次                                         | NUMERIC     | EQ    | 175560    | null  | 次        | null
      ≥85                                              | NUMERIC     | GE    | 85        | null  | null      | null
      不少于12 种                                      | NUMERIC     | GE    | 12        | null  | 种        | null
      >=21933人                                        | NUMERIC     | GE    | 21933     | null  | 人        | null
      全年救助87人次                                   | NUMERIC     | EQ    | 87        | null  | 人次      | null
      30%以上                                          | NUMERIC     | GE    | 30        | null  | %         | null
      建成5G基站10个                                   | NUMERIC     | EQ    | 10        | null  | 个        | null
      1-2万                                            | NUMERIC     | RANGE | 10000     | 20000 | null      | null
      提高2个百分点                                    | NUMERIC     | GE    | 2         | null  | 个百分点  | null
      10余个                                           | NUMERIC     | EQ    | 10        | null  | 个        | null
      1、≥95%                                          | NUMERIC     | GE    | 95        | null  | %         | null
      （≥95%）                                         | NUMERIC     | GE    | 95        | null  | %         | null
      优（90分以上）                                   | QUALITATIVE | null  | null      | null  | null      | 优
      2022年                                           | TEXT        | null  | null      | null  | null      | null
      """)
  void parsesAsTablesWriteIt(String raw, TargetKind kind, Op op, Double value, Double upper,
      String unit, String qualitative) {
    Target t = TargetParser.parse(raw, Period.ANNUAL);

    assertThat(t.raw()).isEqualTo(raw);
    assertThat(t.period()).isEqualTo(Period.ANNUAL);
    assertThat(t.kind()).as("kind").isEqualTo(kind);
    assertThat(t.op()).as("op").isEqualTo(op);
    assertThat(t.value()).as("value").isEqualTo(value);
    assertThat(t.upper()).as("upper").isEqualTo(upper);
    assertThat(t.unit()).as("unit").isEqualTo(unit);
    assertThat(t.qualitative()).as("qualitative").isEqualTo(qualitative);
  }

  @Test
  void countsOfGroupsVillagesSchoolsAndBedsKeepTheirMeasureWord() {
    assertThat(TargetParser.parse("≧15组", Period.ANNUAL).unit()).isEqualTo("组");
    assertThat(TargetParser.parse("≥70村", Period.ANNUAL).unit()).isEqualTo("村");
    assertThat(TargetParser.parse("12校", Period.ANNUAL).unit()).isEqualTo("校");
    assertThat(TargetParser.parse("≥300床", Period.ANNUAL).value()).isEqualTo(300.0);
    assertThat(TargetParser.parse("≥300床", Period.ANNUAL).unit()).isEqualTo("床");
  }

  @Test
  void keepsTheRawTextExactlyAsWritten() {
    String raw = "  ＞＝９５％ 。\t";

    Target t = TargetParser.parse(raw, Period.CYCLE);

    assertThat(t.raw()).isSameAs(raw);
    assertThat(t.period()).isEqualTo(Period.CYCLE);
    assertThat(t.op()).isEqualTo(Op.GE);
    assertThat(t.value()).isEqualTo(95.0);
  }

  @Test
  void readsNullAsEmptyWithEmptyRaw() {
    Target t = TargetParser.parse(null, null);

    assertThat(t.raw()).isEmpty();
    assertThat(t.period()).isNull();
    assertThat(t.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t\n", "\u3000", " 无 ", "/ ", "—— ", "\uFEFF"})
  void readsBlankAndPlaceholderCellsAsEmpty(String raw) {
    Target t = TargetParser.parse(raw, null);

    assertThat(t.kind()).isEqualTo(TargetKind.EMPTY);
    assertThat(t.raw()).isEqualTo(raw);
    assertThat(t.op()).isNull();
    assertThat(t.value()).isNull();
  }

  @Test
  void readsAHugeGarbageCellQuicklyAndKeepsItWhole() {
    StringBuilder b = new StringBuilder(10_000_000);
    String piece = "≥1-2万(（12345政务≤-.。%\u0000\u202e一次性一个ab优";
    while (b.length() < 10_000_000) {
      b.append(piece);
    }
    String raw = b.toString();

    Target t = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TargetParser.parse(raw, null));

    assertThat(t.raw()).isSameAs(raw);
    assertThat(t.kind()).isNotNull();
  }

  @Test
  void neverThrowsOnRandomText() {
    String alphabet = "0123456789.,-~%‰万亿元个次件人年日以上下内含()（）≥≤<>=＝≧═‹至到一两十优中是为达超不低于"
        + "/／ \t\n\u0000\uD800\uDC00\uFEFFabcMPG、。；：";
    Random random = new Random(20240601L);
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(40)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = random.nextInt(10) == 0
            ? (char) random.nextInt(Character.MAX_VALUE + 1)
            : alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String raw = new String(chars);

      Target t = TargetParser.parse(raw, Period.ANNUAL);

      assertThat(t.raw()).isEqualTo(raw);
      assertThat(t.kind()).isNotNull();
      if (t.kind() == TargetKind.NUMERIC) {
        assertThat(t.op()).isNotNull();
        assertThat(t.value()).isNotNull();
      }
    }
  }

  @Test
  void normalizesFullWidthAndComparisonSigns() {
    assertThat(ValueText.normalize("＞＝９５％（ＡＢ）：，")).isEqualTo("≥95%(AB):,");
    assertThat(ValueText.normalize("≧1 ≦2 >=3 <=4 ‹=5 ═6 ＝7 ＞8 ＜9 ‹0"))
        .isEqualTo("≥1 ≤2 ≥3 ≤4 ≤5 =6 =7 >8 <9 <0");
    assertThat(ValueText.normalize(null)).isEmpty();
  }
}

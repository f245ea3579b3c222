package org.jixiao.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.knowledge.lint.Fixtures.indicator;
import static org.jixiao.knowledge.lint.Fixtures.rules;

import java.util.Optional;
import org.jixiao.knowledge.lint.PeerRange;
import org.jixiao.knowledge.lint.Peers;
import org.junit.jupiter.api.Test;

/** target-below-peers against in-memory peers. */
class PeerRuleTest {

  /** Satisfaction peers: p25 90%, median 95%, ten targets. */
  static final PeerRange SATISFACTION = new PeerRange("satisfaction", "满意度", "%", 10, 80, 90, 95, 98, 100);

  static final Peers PEERS = i -> IndicatorWords.isSatisfaction(i) ? Optional.of(SATISFACTION) : Optional.empty();

  @Test
  void laxAgainstPeers() {
    var found = new PeerRule(PEERS).check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥60%")));
    assertThat(rules(found)).containsExactly("target-below-peers");
    assertThat(found.get(0).message()).contains("≥60%").contains("中位数95%").contains("下四分位数90%").contains("10个");
    assertThat(found.get(0).suggestion()).contains("≥95%");
  }

  /** Peers that all plan the whole of it (completion rates at 100%): the advice is 100%, not ≥100%. */
  @Test
  void aMedianOfAllOfItIsAdvisedAsIs() {
    PeerRange completion = new PeerRange("completion", "完成率", "%", 10, 90, 100, 100, 100, 100);
    var found = new PeerRule(i -> Optional.of(completion)).check(IndicatorWords.read(indicator("产出指标", "质量指标", "物业巡检完成率", "≥80%")));
    assertThat(rules(found)).containsExactly("target-below-peers");
    assertThat(found.get(0).suggestion()).contains("如“100%”").doesNotContain("≥100%");
  }

  @Test
  void notLaxWithinTheMargin() {
    PeerRule rule = new PeerRule(PEERS);
    assertThat(rule.check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥95%")))).isEmpty();
    assertThat(rule.check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥90%")))).isEmpty();
    assertThat(rule.check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥86%")))).isEmpty();
    assertThat(rule.check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥85%")))).hasSize(1);
  }

  @Test
  void onlyComparableHigherIsBetterTargets() {
    PeerRange counts = new PeerRange("complaints", "投诉次数", "次", 10, 1, 5, 10, 20, 30);
    Peers complaintPeers = i -> Optional.of(counts);
    // A ceiling: a low value is strict, not lax.
    assertThat(new PeerRule(complaintPeers).check(IndicatorWords.read(indicator("效益指标", null, "投诉次数", "≤1次")))).isEmpty();
    // Another unit is not comparable.
    assertThat(new PeerRule(PEERS).check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "60分以上")))).isEmpty();
    // Too few peers.
    PeerRange few = new PeerRange("satisfaction", "满意度", "%", 3, 90, 90, 95, 98, 100);
    assertThat(new PeerRule(i -> Optional.of(few)).check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥60%")))).isEmpty();
    assertThat(new PeerRule(Peers.NONE).check(IndicatorWords.read(indicator("满意度指标", null, "服务对象满意度", "≥60%")))).isEmpty();
  }
}

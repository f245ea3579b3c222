package org.jixiao.knowledge.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.knowledge.lint.PeerRange;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Indicator;
import org.jixiao.model.Target;
import org.jixiao.model.TargetKind;

/**
 * target-below-peers: a target set clearly lower than comparable indicators elsewhere (对标). Only
 * "higher is better" figures are judged: for a ceiling such as {@code 投诉次数≤10次} a low value is strict,
 * not lax.
 *
 * <p>"Clearly" means below the peers' lower quartile by more than {@link #MARGIN} of it (4.5 points
 * against a p25 of 90%): a target a point or two under p25 is ordinary variation between tables; a
 * satisfaction floor of 60% where the usual floor is 90% is not. Fewer than {@link #MIN_PEERS} peers
 * give no reliable quartile.
 */
final class PeerRule {

  /** The smallest number of peer targets whose quartile the lint trusts. */
  static final int MIN_PEERS = 4;

  /** How far below p25, as a share of p25, a target must be to be called lax. */
  static final double MARGIN = 0.05;

  private final Peers peers;

  PeerRule(Peers peers) {
    this.peers = Objects.requireNonNull(peers, "peers");
  }

  List<Finding> check(IndicatorWords.Reading words) {
    Indicator indicator = words.indicator();
    Target t = TargetRules.main(indicator);
    if (t == null || t.kind() != TargetKind.NUMERIC || t.value() == null
        || !IndicatorWords.higherIsBetter(words, t)) {
      return List.of();
    }
    Optional<PeerRange> found = peers.of(indicator);
    if (found.isEmpty()) {
      return List.of();
    }
    PeerRange range = found.get();
    if (range.count() < MIN_PEERS || !Objects.equals(range.unit(), t.unit())
        || t.value() >= range.p25() - MARGIN * Math.abs(range.p25())) {
      return List.of();
    }
    String unit = range.unit() == null ? "" : range.unit();
    String label = range.label() == null ? "同类指标" : "“" + range.label() + "”类指标";
    return List.of(Rule.TARGET_BELOW_PEERS.on(indicator,
        "“" + indicator.name() + "”的指标值“" + TargetRules.raw(t) + "”明显低于" + label + "（" + range.count()
            + "个目标值，中位数" + Advice.number(range.median()) + unit + "，下四分位数" + Advice.number(range.p25()) + unit + "）",
        // A median of 100% is "100%": nothing is above it.
        "参照同类指标提高到不低于中位数，如“" + ("%".equals(unit) && range.median() >= 100 ? "" : "≥") + Advice.number(range.median()) + unit
            + "”；确有特殊原因的，写明依据（计划标准、历史完成值或行业标准）"));
  }
}

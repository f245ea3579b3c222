package org.jixiao.knowledge.lint;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.knowledge.lint.Peers;
import org.jixiao.model.Indicator;

/**
 * Runs every rule that judges one indicator on its own, in a fixed order, and settles overlaps so that
 * one fault gives one finding.
 *
 * <p>Overlaps: an indicator without a target gets only {@code target-missing} among the target rules
 * (there is nothing else to judge); a complaint count filed as satisfaction gets
 * {@code complaint-as-satisfaction} and not also {@code satisfaction-not-threshold}, since the advice
 * is the same and the first names the real mistake.
 */
final class IndicatorRules {

  private final PeerRule peerRule;

  IndicatorRules(Peers peers) {
    this.peerRule = new PeerRule(peers);
  }

  List<Finding> check(Indicator indicator) {
    // The name is read once; every rule below asks the reading, not the name again.
    IndicatorWords.Reading words = IndicatorWords.read(indicator);
    List<Finding> found = new ArrayList<>();
    found.addAll(CategoryRules.level2(indicator));
    found.addAll(CategoryRules.input(indicator));
    List<Finding> missing = TargetRules.missing(words);
    found.addAll(missing);
    if (missing.isEmpty() && TargetRules.main(indicator) != null) {
      List<Finding> complaint = CategoryRules.complaint(words);
      found.addAll(complaint);
      if (complaint.isEmpty()) {
        found.addAll(TargetRules.satisfactionThreshold(words));
      }
      found.addAll(TargetRules.qualitativeForNumber(words));
      found.addAll(TargetRules.rates(words));
      found.addAll(TargetRules.periods(indicator));
      found.addAll(peerRule.check(words));
    }
    found.addAll(TargetRules.formula(indicator));
    found.addAll(WordingRules.everyday(indicator));
    return found;
  }
}

package org.jixiao.knowledge;

import org.jixiao.model.Op;
import org.jixiao.model.Target;

/**
 * Whether a higher target is the more demanding one. The comparison says so when it is there
 * ({@code ≥95%}: higher is stricter; {@code ≤3}: lower is); otherwise the name does: failure rates,
 * durations, complaints and accidents are better low.
 */
enum Direction {
  HIGHER_IS_STRICTER,
  LOWER_IS_STRICTER;

  private static final java.util.regex.Pattern LOWER_BETTER =
      java.util.regex.Pattern.compile("故障率|流失率|差错率|错误率|时长|时间|投诉|事故|天数|成本|压缩|互损率|放弃率");

  static Direction of(String name, Target target) {
    if (target != null && target.op() != null) {
      if (target.op() == Op.GE || target.op() == Op.GT) {
        return HIGHER_IS_STRICTER;
      }
      if (target.op() == Op.LE || target.op() == Op.LT) {
        return LOWER_IS_STRICTER;
      }
    }
    return name != null && LOWER_BETTER.matcher(name).find() ? LOWER_IS_STRICTER : HIGHER_IS_STRICTER;
  }
}

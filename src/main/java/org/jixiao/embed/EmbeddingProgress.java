package org.jixiao.embed;

import java.io.PrintWriter;
import java.time.Duration;

/** Hears how far a build's embedding has come, after every batch the model finishes. */
@FunctionalInterface
public interface EmbeddingProgress {

  EmbeddingProgress NONE = (done, total, nanos) -> {};

  /**
   * @param done texts embedded so far in this call
   * @param total texts this call sends to the model (those not in the cache)
   * @param elapsedNanos time since the call began
   */
  void batchDone(long done, long total, long elapsedNanos);

  /**
   * A line on {@code out} at most every {@code every}, and at the end: texts done of all, the rate,
   * and the time left at that rate. A million-entry build embeds for over an hour; without it the
   * build is silent for that hour.
   */
  static EmbeddingProgress printingTo(PrintWriter out, Duration every) {
    long step = every.toNanos();
    long[] next = {step};
    return (done, total, nanos) -> {
      if (nanos < next[0] && done < total) {
        return;
      }
      next[0] = nanos + step;
      double perSecond = done / Math.max(1e-9, nanos / 1e9);
      long left = perSecond > 0 ? Math.round((total - done) / perSecond) : 0;
      out.printf("正在计算语义向量 / embedding: %,d / %,d (%.1f%%), %.0f 条/秒 texts/s, 约剩 / about %d:%02d:%02d left%n",
          done, total, 100.0 * done / Math.max(1, total), perSecond, left / 3600, left / 60 % 60, left % 60);
      out.flush();
    };
  }
}

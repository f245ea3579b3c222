package org.jixiao.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A background thread pauses at its budget checks while searches are answered, and only then. */
class GiveWayTest {

  @AfterEach
  void reset() {
    GiveWay.foreground();
  }

  /** Busy work of {@code millis}, checking its budget as the readers do: how many checks paused. */
  private static long pausesIn(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    long pauses = 0;
    while (System.nanoTime() < end) {
      long before = System.nanoTime();
      Deadline.check();
      if (System.nanoTime() - before >= GiveWay.PAUSE * 4 / 5) {
        pauses++;
      }
    }
    return pauses;
  }

  @Test
  void backgroundWorkPausesOnlyWhileSearchesRun() {
    assertThat(GiveWay.searching()).as("searches left counted by earlier tests").isZero();
    GiveWay.background();
    pausesIn(60); // warm-up: the first loop is interpreted and compiled meanwhile
    assertThat(pausesIn(60)).as("no search: no pause (one allowed for a scheduling hiccup)").isLessThanOrEqualTo(1);
    GiveWay.searchStarts();
    try {
      // About half of 60 ms paused in slices of 5 ms: several pauses, whatever the machine's noise.
      assertThat(pausesIn(60)).isBetween(3L, 12L);
    } finally {
      GiveWay.searchEnds();
    }
    GiveWay.foreground();
    GiveWay.searchStarts();
    try {
      assertThat(pausesIn(60)).as("a foreground thread never pauses").isLessThanOrEqualTo(1);
    } finally {
      GiveWay.searchEnds();
    }
  }
}

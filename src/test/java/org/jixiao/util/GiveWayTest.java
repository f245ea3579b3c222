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

  /**
   * Busy work of {@code millis}, checking its budget as the readers do: how many pauses it took
   * (counted by GiveWay itself, so a thread the machine preempts is not taken for one that paused).
   */
  private static long pausesIn(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    long before = GiveWay.pausesTaken();
    while (System.nanoTime() < end) {
      Deadline.check();
    }
    return GiveWay.pausesTaken() - before;
  }

  @Test
  void backgroundWorkPausesOnlyWhileSearchesRun() {
    assertThat(GiveWay.searching()).as("searches left counted by earlier tests").isZero();
    GiveWay.background();
    assertThat(pausesIn(60)).as("no search: no pause").isZero();
    GiveWay.searchStarts();
    try {
      // About half of 60 ms paused in slices of 5 ms: about six pauses, fewer when sleeps overrun on a busy machine.
      assertThat(pausesIn(60)).isBetween(2L, 12L);
    } finally {
      GiveWay.searchEnds();
    }
    GiveWay.foreground();
    GiveWay.searchStarts();
    try {
      assertThat(pausesIn(60)).as("a foreground thread never pauses").isZero();
    } finally {
      GiveWay.searchEnds();
    }
  }
}

package org.jixiao.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Refusals of expensive requests (a body over its limit, a draft too large or too complex to check)
 * are answered after a short pause. A client that sends the same oversized body in a tight loop (a
 * script retrying, or someone trying to keep the server busy) then costs a body read and a pause per
 * half second instead of dozens of body reads a second; a person who sent a file too large waits half
 * a second longer for the message. Measured with {@code src/test/wrk/hostile.sh}: the chunked client
 * sent 27 oversized bodies a second without it (BENCHMARKS.md, session 18).
 *
 * <p>The pause holds the request's thread, not its permits (they are returned first), and at most
 * {@link #MAX_PAUSED} refusals wait at once; beyond that they are answered at once, so that the
 * pause cannot be used to tie up the server's threads.
 */
final class RefusalPause {

  static final Duration PAUSE = Duration.ofMillis(500);
  static final int MAX_PAUSED = 8;

  private final Semaphore paused = new Semaphore(MAX_PAUSED);
  private final long millis;

  RefusalPause(Duration pause) {
    this.millis = pause.toMillis();
  }

  /** Refusals waiting out their pause now. */
  int waiting() {
    return MAX_PAUSED - paused.availablePermits();
  }

  /** Waits out the pause unless {@link #MAX_PAUSED} refusals are waiting already. */
  void pause() {
    if (millis <= 0 || !paused.tryAcquire()) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      paused.release();
    }
  }
}

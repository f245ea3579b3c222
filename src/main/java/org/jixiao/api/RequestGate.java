package org.jixiao.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control for the read API: at most {@code permits} requests are worked on at once, the
 * rest wait their turn in arrival order (a fair semaphore). On two cores, thirty-two requests all
 * running at once share the processor, so an expensive one is stretched thirty-two-fold and lands
 * in the tail; a short first-come queue in front of a few workers keeps every request's latency near
 * the queue's length times the mean cost. A request that would wait longer than {@code maxWait}, or
 * join a queue already {@code maxWaiting} long, is refused with 503 instead of piling up.
 */
final class RequestGate {

  /** Thrown when a request cannot be admitted in time; answered with 503 and Retry-After. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("服务器繁忙，请稍后重试 / the server is busy, retry shortly", null, false, false);
    }
  }

  private final Semaphore permits;
  private final AtomicInteger waiting = new AtomicInteger();
  private final int maxWaiting;
  private final Duration maxWait;

  RequestGate(int permits, int maxWaiting, Duration maxWait) {
    this.permits = new Semaphore(permits, true);
    this.maxWaiting = maxWaiting;
    this.maxWait = maxWait;
  }

  /** Two workers per core: searches are CPU-bound but touch memory-mapped index files too. */
  static RequestGate standard() {
    return new RequestGate(2 * Runtime.getRuntime().availableProcessors(), 1_000, Duration.ofSeconds(10));
  }

  /**
   * The gate for heavy work (draft checks, uploads, deletes): one fewer than the cores, at least
   * one. Such a request keeps a core busy for up to seconds; letting as many run as there are cores
   * would leave searches none (measured: an upload client beside 32 searching connections took their
   * p99 from 69 ms to 131 ms on two cores; an upload and a draft check at once, further). A heavy
   * request may wait behind three others that each use their whole 10-second budget: with one worker,
   * a wait of one budget refused the second of two slow drafts on a slower machine, though it would
   * have been answered a few seconds later.
   */
  static RequestGate heavy() {
    return new RequestGate(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 100, Duration.ofSeconds(30));
  }

  /** Waits for a permit; the caller must {@link #leave()} once done. */
  void enter() {
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw new Busy();
    }
    try {
      if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    } finally {
      waiting.decrementAndGet();
    }
  }

  void leave() {
    permits.release();
  }

  int available() {
    return permits.availablePermits();
  }
}

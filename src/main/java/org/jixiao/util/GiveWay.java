package org.jixiao.util;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Heavy work (a draft check, an upload's reading, indexing and embedding, an export) gives way to
 * searches: while any search is being answered, a thread marked as background keeps its work to
 * itself ({@link #keepToOneThread()}) and pauses {@link #PAUSE} after every {@link #SLICE} of work,
 * at the points where it checks its time budget ({@link Deadline#check()}) or calls
 * {@link #maybePause()}, so it takes at most half a core from them. Without searches it runs at full speed. On two cores
 * the server's heavy work otherwise competes with every search for the same CPU.
 */
public final class GiveWay {

  static final long SLICE = TimeUnit.MILLISECONDS.toNanos(5);
  static final long PAUSE = TimeUnit.MILLISECONDS.toNanos(5);

  private static final AtomicInteger SEARCHING = new AtomicInteger();
  /**
   * For a background thread: when it last paused (System.nanoTime) and how many pauses it has taken;
   * absent for every other thread.
   */
  private static final ThreadLocal<long[]> BACKGROUND = new ThreadLocal<>();

  private GiveWay() {}

  /** A search (or any light request) starts on this thread. */
  public static void searchStarts() {
    SEARCHING.incrementAndGet();
  }

  /** A search ends. */
  public static void searchEnds() {
    SEARCHING.decrementAndGet();
  }

  /** How many searches are being answered. */
  public static int searching() {
    return SEARCHING.get();
  }

  /** Marks this thread's work as background until {@link #foreground()}. */
  public static void background() {
    BACKGROUND.set(new long[] {System.nanoTime(), 0});
  }

  /** This thread's work is no longer background. */
  public static void foreground() {
    BACKGROUND.remove();
  }

  /** How many pauses this thread has taken since it was marked background (0 for any other thread). */
  public static long pausesTaken() {
    long[] last = BACKGROUND.get();
    return last == null ? 0 : last[1];
  }

  /**
   * True on a thread marked as background while searches are being answered: work that could spread
   * over every core (reading files in parallel, indexing, embedding) then runs on this one thread
   * instead, so searches keep the other cores. Without searches it spreads as usual.
   */
  public static boolean keepToOneThread() {
    return BACKGROUND.get() != null && SEARCHING.get() > 0;
  }

  /**
   * Pauses a background thread that has worked a slice while searches are being answered; does
   * nothing on any other thread. For loops without a time budget (indexing, embedding); loops with
   * one call {@link Deadline#check()}, which calls this.
   */
  public static void maybePause() {
    long[] last = BACKGROUND.get();
    if (last == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - last[0] < SLICE) {
      return;
    }
    if (SEARCHING.get() > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(PAUSE);
        last[1]++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    last[0] = System.nanoTime();
  }
}

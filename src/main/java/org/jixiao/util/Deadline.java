package org.jixiao.util;

import java.time.Duration;

/**
 * A time budget for one piece of work on one thread, checked cooperatively: the loops that grow
 * with the input (a reader's rows and pages, the recogniser's rows and cells, the lint's
 * indicators) call {@link #check()}, which throws once the budget is spent. Work that a client
 * has stopped waiting for, or that a crafted file makes slow, then ends by itself and frees the
 * request gate's permit, instead of running on for minutes.
 *
 * <p>The budget is kept per thread so that it need not be passed through every reader and pass of
 * the recogniser. Budgets nest: an inner one never extends the outer one. Work handed to other
 * threads is not covered.
 */
public final class Deadline {

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  /** When the budget ends (System.nanoTime) and how long it was. */
  private record Budget(long end, Duration length) {}

  private Deadline() {}

  /**
   * Starts a budget of at most {@code budget} from now on this thread (less if an enclosing budget
   * ends sooner), until the returned scope is closed:
   * {@code try (Deadline.Scope s = Deadline.start(budget)) { … }}.
   */
  public static Scope start(Duration budget) {
    Budget outer = CURRENT.get();
    Budget inner = new Budget(System.nanoTime() + Math.max(0, budget.toNanos()), budget);
    CURRENT.set(outer != null && outer.end - inner.end < 0 ? outer : inner);
    return new Scope(outer);
  }

  /** A started budget; closing it restores the enclosing one. */
  public static final class Scope implements AutoCloseable {
    private final Budget outer;

    private Scope(Budget outer) {
      this.outer = outer;
    }

    @Override
    public void close() {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Throws {@link Exceeded} when this thread's budget is spent; does nothing without a budget. A
   * background thread may pause here first while searches are answered ({@link GiveWay}).
   */
  public static void check() {
    GiveWay.maybePause();
    Budget current = CURRENT.get();
    if (current != null && System.nanoTime() - current.end >= 0) {
      throw new Exceeded(current.length);
    }
  }

  /** The budget was spent before the work ended. */
  public static final class Exceeded extends RuntimeException {
    private final Duration budget;

    Exceeded(Duration budget) {
      super("time budget of " + budget + " spent", null, false, false);
      this.budget = budget;
    }

    /** The budget that was spent (the innermost one that ended first). */
    public Duration budget() {
      return budget;
    }

    /** "N 秒" / "N s", rounded up, for messages. */
    public long seconds() {
      return Math.max(1, (budget.toMillis() + 999) / 1000);
    }
  }
}

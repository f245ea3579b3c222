package org.jixiao.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void withoutABudgetNothingIsChecked() {
    assertThatCode(Deadline::check).doesNotThrowAnyException();
  }

  @Test
  void aSpentBudgetThrowsAndClosingItRestoresTheOuterOne() {
    try (Deadline.Scope outer = Deadline.start(Duration.ofHours(1))) {
      try (Deadline.Scope inner = Deadline.start(Duration.ZERO)) {
        assertThatThrownBy(Deadline::check).isInstanceOf(Deadline.Exceeded.class)
            .satisfies(e -> assertThat(((Deadline.Exceeded) e).budget()).isEqualTo(Duration.ZERO));
      }
      assertThatCode(Deadline::check).doesNotThrowAnyException();
    }
    assertThatCode(Deadline::check).doesNotThrowAnyException();
  }

  @Test
  void anInnerBudgetNeverExtendsTheOuterOne() {
    try (Deadline.Scope outer = Deadline.start(Duration.ZERO)) {
      try (Deadline.Scope inner = Deadline.start(Duration.ofHours(1))) {
        assertThatThrownBy(Deadline::check).isInstanceOf(Deadline.Exceeded.class)
            .satisfies(e -> assertThat(((Deadline.Exceeded) e).budget()).isEqualTo(Duration.ZERO));
      }
    }
  }

  @Test
  void budgetsBelongToTheirThread() throws Exception {
    try (Deadline.Scope spent = Deadline.start(Duration.ZERO)) {
      Throwable[] other = new Throwable[1];
      Thread t = new Thread(() -> {
        try {
          Deadline.check();
        } catch (Throwable e) {
          other[0] = e;
        }
      });
      t.start();
      t.join();
      assertThat(other[0]).isNull();
    }
  }

  @Test
  void secondsAreRoundedUpForMessages() {
    try (Deadline.Scope s = Deadline.start(Duration.ofMillis(1500))) {
      // not spent; the rounding is the exception's
    }
    assertThat(new Deadline.Exceeded(Duration.ofMillis(1500)).seconds()).isEqualTo(2);
    assertThat(new Deadline.Exceeded(Duration.ofSeconds(10)).seconds()).isEqualTo(10);
  }
}

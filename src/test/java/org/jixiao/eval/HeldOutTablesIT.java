package org.jixiao.eval;

import org.junit.jupiter.api.Test;

/**
 * The held-out part of the real-table corpus reads at least as well as last recorded. It runs in
 * {@code mvn verify} only: the split exists to measure generality, and is measured at the end of a
 * session, never while the recogniser is being changed (manifest-history.tsv lists every measurement).
 */
class HeldOutTablesIT {

  @Test
  void theHeldOutTablesReadAtLeastAsWellAsRecorded() throws Exception {
    RealTablesRegressionTest.assertAtLeastRecorded("heldout");
  }
}

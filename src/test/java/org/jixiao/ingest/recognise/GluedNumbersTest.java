package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedNumbersTest {

  @Test
  void aRowThatMetItsTargetIsCutWhereTheTargetRepeats() {
    assertThat(GluedNumbers.targetActualWeightScore("100100109")).containsExactly("100", "100", "10", "9");
    assertThat(GluedNumbers.targetActualWeightScore("00109")).containsExactly("0", "0", "10", "9");
    assertThat(GluedNumbers.targetActualWeightScore("95952018")).containsExactly("95", "95", "20", "18");
  }

  @Test
  void ofReadingsThatMissedTheTargetTheOneWithTargetAndActualNearestInSizeIsTaken() {
    // 43.2 / 37.24 / 10 / 9 and 43.23 / 7.24 / 10 / 9 both fit, and neither met its target.
    assertThat(GluedNumbers.targetActualWeightScore("43.237.24109")).containsExactly("43.2", "37.24", "10", "9");
    // 52 / 10 / 10 / 9, not 5 / 210 or 521 / 0.
    assertThat(GluedNumbers.targetActualWeightScore("5210109")).containsExactly("52", "10", "10", "9");
    assertThat(GluedNumbers.targetActualWeightScore("90100109")).containsExactly("90", "100", "10", "9");
    assertThat(GluedNumbers.targetActualWeightScore("87558676109")).containsExactly("8755", "8676", "10", "9");
  }

  @Test
  void theTargetsComparisonSignStaysWithTheTarget() {
    // ≥200 / 202 / 10 / 10: the sign is no digit, the numbers after it are cut as any others.
    assertThat(GluedNumbers.targetActualWeightScore("≥2002021010")).containsExactly("≥200", "202", "10", "10");
    assertThat(GluedNumbers.targetActualWeightScore("≤441010")).containsExactly("≤4", "4", "10", "10");
    assertThat(GluedNumbers.targetActualWeightScore(">=95952018")).containsExactly(">=95", "95", "20", "18");
    assertThat(GluedNumbers.targetActualWeightScore("≥1200109")).isNull();
  }

  @Test
  void onlyOneReadingIsTaken() {
    // 1 / 200 / 10 / 9 or 120 / 0 / 10 / 9: in every reading target and actual are more than ten times apart.
    assertThat(GluedNumbers.targetActualWeightScore("1200109")).isNull();
    // A count as one number: every cut has a weight out of 1..100 or a score above its weight, or several fit.
    assertThat(GluedNumbers.targetActualWeightScore("12000000")).isNull();
    assertThat(GluedNumbers.targetActualWeightScore("≥95%")).isNull();
  }

  @Test
  void anActualWeightAndScoreAfterATargetThatStoodApart() {
    assertThat(GluedNumbers.actualWeightScore("3109", "≥3次")).containsExactly("3", "10", "9");
    assertThat(GluedNumbers.actualWeightScore("110406109", "≥50000人次")).containsExactly("110406", "10", "9");
    assertThat(GluedNumbers.actualWeightScore("95109", "≥95%")).containsExactly("95", "10", "9");
    // 5 / 15 / 10, 51 / 51 / 0 and 515 / 1 / 0 all fit: the target says which actual is meant.
    assertThat(GluedNumbers.actualWeightScore("51510", "≥5")).containsExactly("5", "15", "10");
    assertThat(GluedNumbers.actualWeightScore("51510", "500")).containsExactly("515", "1", "0");
    assertThat(GluedNumbers.actualWeightScore("51510", "较好")).isNull();
    assertThat(GluedNumbers.actualWeightScore("≥95%", "≥95%")).isNull();
  }

  @Test
  void aWeightAndItsScore() {
    assertThat(GluedNumbers.weightScore("109")).containsExactly("10", "9");
    assertThat(GluedNumbers.weightScore("2018")).containsExactly("20", "18");
    assertThat(GluedNumbers.weightScore("1010")).containsExactly("10", "10");
    assertThat(GluedNumbers.weightScore("54")).isNull(); // 5 and 4, or a weight of 54 whose score is missing
    assertThat(GluedNumbers.weightScore("10")).isNull();
  }

  @Test
  void underAWeightFirstHeaderTheDigitsAreCutInThatOrderAndGivenBackAsTargetActualWeightScore() {
    // 10 / 52 / 10 / 9 as written; given back in the order the other cuts use.
    assertThat(GluedNumbers.weightTargetActualScore("1052109")).containsExactly("52", "10", "10", "9");
    // 10 / 100 / 10010 / 9 keeps its score within its weight, but puts the target a hundred times below its actual.
    assertThat(GluedNumbers.weightTargetActualScore("10100100109")).isNull();
    assertThat(GluedNumbers.weightTargetActualScore("1010010010")).containsExactly("100", "100", "10", "10");
    assertThat(GluedNumbers.weightTargetActualScore("10≥95%")).isNull();
  }

  @Test
  void aWeightGluedBeforeItsTargetIsCutWhereTheTargetThenAnswersItsActual() {
    // 10100% beside 100% done: 10 points and 100%, not 1 point and 0100%, nor 10100% planned.
    assertThat(GluedNumbers.weightBeforeTarget("10100%", "100%", "9")).containsExactly("10", "100%", "100%", "9");
    // 8 points and 550万粒 (planned as done), not 85 and 50万粒.
    assertThat(GluedNumbers.weightBeforeTarget("8550万粒", "550万粒", "8")).containsExactly("8", "550万粒", "550万粒", "8");
    // A zero target that its actual met: 10 and 0起.
    assertThat(GluedNumbers.weightBeforeTarget("100起", "0起", "9")).containsExactly("10", "0起", "0起", "9");
    // The score glued to a bare actual is cut with it: 95% planned, 100 done, 9 points of 10.
    assertThat(GluedNumbers.weightBeforeTarget("1095%", "1009", null)).containsExactly("10", "95%", "100", "9");
  }

  @Test
  void aTargetThatAnswersItsActualAsItStandsOrHasNoNumericActualIsNotCut() {
    assertThat(GluedNumbers.weightBeforeTarget("120人", "118人", "9")).isNull();
    assertThat(GluedNumbers.weightBeforeTarget("10100%", "无", "9")).isNull();
    // 8000亩 has no cut that leaves a number (000亩, 00亩): the weight is not in it.
    assertThat(GluedNumbers.weightBeforeTarget("8000亩", "8535.5亩", "8")).isNull();
    // A weight below the row's score is no weight: 1 point cannot score 9.
    assertThat(GluedNumbers.weightBeforeTarget("1520人", "20人", "9")).containsExactly("15", "20人", "20人", "9");
    assertThat(GluedNumbers.weightBeforeTarget("1520人", "20人", "16")).isNull();
  }
}

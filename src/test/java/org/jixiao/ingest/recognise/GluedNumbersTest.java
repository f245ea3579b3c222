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
}

package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.ingest.recognise.WrappedLinesTest.rows;

import org.junit.jupiter.api.Test;

class TextLayerTest {

  @Test
  void aLengthIsAColumnsWidthWhenThreeDistinctCellsOfItStandAboveLinesOfWords() {
    // Names wrapped at ten characters, three of them.
    TextLayer three = TextLayer.of(rows(WrappedRowsTest.TEN_WIDE.toArray(String[]::new)));
    assertThat(three.widths()).containsExactly(10);
    // Two such cells could be names as long by chance.
    TextLayer two = TextLayer.of(rows(WrappedRowsTest.TEN_WIDE.subList(0, 5).toArray(String[]::new)));
    assertThat(two.widths()).isEmpty();
  }

  @Test
  void aRowIsMarkedByACategoryAValueOrACategoryItsLineBelowCompletes() {
    TextLayer layer = TextLayer.of(rows(
        "产出指 数量指 宗教管理经费补助县(市、 反映宗教管理经",
        "标 标 区)数量 2 费补助县(市、",
        "促进学前教育普及普惠 显著促进了学前教育普",
        "优质发展 及及优质发展,大力支",
        "效益指标 受益人数 132"));
    assertThat(layer.marked(0)).as("产出指 / 标").isTrue();
    assertThat(layer.marked(2)).as("words only").isFalse();
    assertThat(layer.marked(4)).as("a category and a value").isTrue();
    // The line below a row that holds what a row's rest may is a rest; a row with a whole category is not.
    assertThat(layer.isRest(3)).isTrue();
    assertThat(layer.isRest(4)).isFalse();
  }
}

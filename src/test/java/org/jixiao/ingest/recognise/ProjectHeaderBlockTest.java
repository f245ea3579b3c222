package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectHeaderBlockTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "项目总投资|true",
      "项目完成日期：|true",
      "當年預算|true",
      "其中:财政资金|true",
      "年度预算数(万元)|true",
      "财政专户管理资金|true",
      // A label and the heading of the cell beside it, glued where the row lost its borders.
      "预算规模及资金用途预算数|true",
      "预算规模及资金用途完成率|false",
      "资金到位率|false",
      "预算执行率|false",
      "财政资金使用合规性|false"})
  void theProjectsParticularsAndMoneyRowsAreNoIndicatorNames(String name, boolean particular) {
    assertThat(ProjectHeaderBlock.isParticular(name)).isEqualTo(particular);
  }
}

package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.read.Row;
import org.junit.jupiter.api.Test;

class WideGluedRowsTest {

  @Test
  void cutsNameFromTargetAtTheFirstPlaceATargetCanStart() {
    assertThat(WideGluedRows.cells("产出指标数量指标补助学生数量168反映补助学生人数发放到位得10分"))
        .containsExactly("产出指标", "数量指标", "补助学生数量", "168");
    assertThat(WideGluedRows.cells("伙食补助发放率90%以上实际发放伙食补助金额/应发放伙食补助金额9%0得10分"))
        .containsExactly("", "", "伙食补助发放率", "90%以上");
    assertThat(WideGluedRows.cells("成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准"))
        .containsExactly("成本指标", "经济成本指标", "学生补助标准", "17元/人.每天");
    assertThat(WideGluedRows.cells("残疾学生家庭负担率有所减轻对家庭负担减轻情况较大得10分"))
        .containsExactly("", "", "残疾学生家庭负担率", "有所减轻");
    assertThat(WideGluedRows.cells("任务完成时间2023年12月31日反映该项目完成时间"))
        .containsExactly("", "", "任务完成时间", "2023年12月31日");
  }

  @Test
  void digitsInsideANameDoNotEndIt() {
    assertThat(WideGluedRows.cells("0-6岁儿童健康管理率≥90%反映儿童健康管理情况"))
        .containsExactly("", "", "0-6岁儿童健康管理率", "≥90%");
  }

  @Test
  void aRowWithNoTargetIsReportedNotGuessed() {
    assertThat(WideGluedRows.cells("学生营养改善情况反映学生营养状况")).isNull();
    List<String> warnings = new ArrayList<>();
    List<Row> rows = List.of(
        new Row(1, List.of("一级指标二级指标三级指标指标值指标值内容评(扣分标准)度量单位指标值类型备注")),
        new Row(2, List.of("505006州民族特殊教育学校30.00")),
        new Row(3, List.of("505006  学生伙食费30.00")),
        new Row(4, List.of("产出指标数量指标补助学生数量168反映补助学生人数-定量")),
        new Row(5, List.of("学生营养改善情况反映学生营养状况-定性")));
    List<Row> out = WideGluedRows.split(rows, 0, warnings::add);
    assertThat(out).extracting(Row::cells).containsExactly(
        List.of("一级指标", "二级指标", "三级指标", "指标值"),
        List.of("项目名称", "学生伙食费"),
        List.of("实施单位", "州民族特殊教育学校"),
        List.of("资金总额", "30.00"),
        List.of("一级指标", "二级指标", "三级指标", "指标值"),
        List.of("产出指标", "数量指标", "补助学生数量", "168"));
    assertThat(warnings).singleElement().asString().startsWith("第5行").contains("row not read");
  }
}

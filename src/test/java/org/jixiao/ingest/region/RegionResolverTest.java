package org.jixiao.ingest.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionResolverTest {

  static final RegionResolver REGIONS = RegionResolver.bundled();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "广州市海珠区数字政府运营中心|广州市|海珠区",
      "广州市市长专线电话受理中心|广州市|NULL",
      "中山市12345投诉举报平台管理中心|中山市|NULL",
      "广州开发区信息化办公室|广州市|黄埔区",
      "广州市黄埔区政务服务数据管理局（广州开发区行政审批局）|广州市|黄埔区",
      "武汉市青山区教育局|武汉市|青山区",
      "[155]濉溪县民政局|淮北市|濉溪县",
      "820001-井研县马踏镇人民政府|乐山市|井研县",
      "广东省东莞市交通运输局|东莞市|NULL",
      "湘西州特校|湘西州|NULL",
      "广州市社区服务中心|广州市|NULL",
      "市人民来访接待厅|NULL|NULL"})
  void regionFromName(String name, String city, String district) {
    Region r = REGIONS.resolve(name);
    assertThat(r.city()).isEqualTo(city);
    assertThat(r.district()).isEqualTo(district);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"区教育局|武汉市青山区教育局|武汉市|青山区", "广州市信访局|广州市信访局|广州市|"})
  void theMostSpecificNameWins(String unit, String department, String city, String district) {
    Region r = REGIONS.resolve(unit, department);
    assertThat(r.city()).isEqualTo(city);
    assertThat(r.district()).isEqualTo(district);
  }
}

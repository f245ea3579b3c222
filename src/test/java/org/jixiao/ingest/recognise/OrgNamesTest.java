package org.jixiao.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgNamesTest {

  @Test
  void bracketedAliasesMarkersAndBrokenBracketsAreDropped() {
    assertThat(OrgNames.canonical("广州市黄埔区政务服务数据管理局（广州开发区行政审批局）")).isEqualTo("广州市黄埔区政务服务数据管理局");
    assertThat(OrgNames.canonical("广州市黄埔区政务服务数据管理局（部门）")).isEqualTo("广州市黄埔区政务服务数据管理局");
    assertThat(OrgNames.canonical("广州开发区行政服务管理中心（广州市黄埔区政务服务数据管理局（部门）")).isEqualTo("广州开发区行政服务管理中心");
    assertThat(OrgNames.canonical("[015001]武汉市青山区教育局")).isEqualTo("武汉市青山区教育局");
    assertThat(OrgNames.canonical("中山市12345投诉举报平台管理中心")).isEqualTo("中山市12345投诉举报平台管理中心");
  }
}

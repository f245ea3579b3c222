package org.jixiao.ingest.concept;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptCatalogTest {

  static String id(String name) {
    return ConceptCatalog.standard().classify(name).id();
  }

  @Test
  void namesThatMeanTheSameShareAConcept() {
    assertThat(id("服务对象满意度")).isEqualTo("satisfaction");
    assertThat(id("群众满意度")).isEqualTo("satisfaction");
    assertThat(id("物业服务满意率")).isEqualTo("satisfaction");
    assertThat(ConceptCatalog.standard().classify("群众满意度").label()).isEqualTo("满意度");
    assertThat(id("服务提供期间内系统可用率")).isEqualTo("availability");
    assertThat(id("正常运行率")).isEqualTo("availability");
    assertThat(ConceptCatalog.standard().classify("正常运行率").label()).isEqualTo("系统可用性");
    assertThat(id("15秒接通率")).isEqualTo(id("人工接通率")).isEqualTo("connection");
  }

  @Test
  void specificConceptsComeBeforeGeneralOnes() {
    // A complaint count is not a satisfaction figure, even when filed under 满意度指标.
    assertThat(id("被投诉次数")).isEqualTo("complaints");
    // Fault response is not availability, though both speak of 故障.
    assertThat(id("故障响应率")).isEqualTo("fault-response");
    assertThat(id("系统故障率")).isEqualTo("availability");
  }

  @Test
  void otherNamesAreTheirOwnConceptWrittenOneWay() {
    assertThat(id("机柜数量")).isEqualTo("name:机柜数量");
    assertThat(id(" 机柜 数量 ")).isEqualTo("name:机柜数量");
    assertThat(ConceptCatalog.normalise("选定审图机构及时率（2个工作日）")).isEqualTo("选定审图机构及时率");
    assertThat(ConceptCatalog.standard().byId("name:机柜数量")).get().extracting(Concept::label).isEqualTo("机柜数量");
    assertThat(ConceptCatalog.standard().byId("satisfaction")).get().extracting(Concept::label).isEqualTo("满意度");
    assertThat(ConceptCatalog.standard().byId("nothing")).isEmpty();
  }
}

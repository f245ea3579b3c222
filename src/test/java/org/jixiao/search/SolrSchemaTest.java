package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.index.EntryFields;
import org.jixiao.index.SolrSchema;
import org.junit.jupiter.api.Test;

/** The configset a Jixiao collection is created with (the cluster tests load it into real nodes). */
class SolrSchemaTest {

  @Test
  void theConfigsetNamesTheProjectsOwnKeywordParser() throws Exception {
    assertThat(SolrSearcher.KEYWORD_PARSER).isEqualTo(SolrKeywordParser.class.getName());
    assertThat(files().get("solrconfig.xml")).contains("<queryParser name=\"jixiao\" class=\"" + SolrKeywordParser.class.getName() + "\"/>");
  }

  @Test
  void replicasCanRecoverAndScoresAreCollectionWide() throws Exception {
    String config = files().get("solrconfig.xml");
    assertThat(config).contains("<updateLog>").contains("solr.search.stats.ExactStatsCache");
  }

  @Test
  void everyEntryFieldAndTheVectorAreInTheSchema() throws Exception {
    String schema = files().get("schema.xml");
    for (String field : EntryFields.schema().keySet()) {
      assertThat(schema).contains("<field name=\"" + field + "\"");
    }
    assertThat(schema).contains("<field name=\"" + SolrSchema.VECTOR + "\" type=\"vector\"")
        .contains("vectorDimension=\"" + SolrSchema.DIMENSION + "\"")
        .contains("similarityFunction=\"dot_product\"");
  }

  private static Map<String, String> files() throws Exception {
    Map<String, String> out = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SolrSearcher.configset()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(out).containsOnlyKeys("schema.xml", "solrconfig.xml");
    return out;
  }
}

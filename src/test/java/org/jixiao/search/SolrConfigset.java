package org.jixiao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.index.EntryFields;
import org.jixiao.index.Fields;

/**
 * A Solr home with one core whose schema is generated from the index's own ({@link EntryFields}):
 * the same fields, smartcn words and CJK bigrams as {@code Analyzers} makes them, facets as string
 * doc values, the stored record. Solr's caches are left out: the engines are compared uncached.
 */
final class SolrConfigset {

  static final String CORE = "jixiao";

  private SolrConfigset() {}

  /** Writes the home under {@code home} and returns it. */
  static Path write(Path home) throws IOException {
    Path conf = home.resolve(CORE).resolve("conf");
    Files.createDirectories(conf);
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n", StandardCharsets.UTF_8);
    Files.writeString(conf.resolve("schema.xml"), schema(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve("solrconfig.xml"), solrconfig(), StandardCharsets.UTF_8);
    return home;
  }

  static String schema() {
    StringBuilder s = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <schema name="jixiao" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
          <fieldType name="plong" class="solr.LongPointField"/>
          <fieldType name="binary" class="solr.BinaryField"/>
          <!-- Analyzers.smartcn(): SmartChineseAnalyzer with its default stop set; no gap between values. -->
          <fieldType name="words" class="solr.TextField">
            <analyzer class="org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer"/>
          </fieldType>
          <!-- Analyzers.cjkBigrams(): CJKAnalyzer's chain with an empty stop set. -->
          <fieldType name="bigrams" class="solr.TextField">
            <analyzer>
              <tokenizer class="solr.StandardTokenizerFactory"/>
              <filter class="solr.CJKWidthFilterFactory"/>
              <filter class="solr.LowerCaseFilterFactory"/>
              <filter class="solr.CJKBigramFilterFactory"/>
            </analyzer>
          </fieldType>
          <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
        """);
    for (Map.Entry<String, EntryFields.Kind> f : EntryFields.schema().entrySet()) {
      String name = f.getKey();
      String attributes = switch (f.getValue()) {
        case WORDS -> "type=\"words\" indexed=\"true\" stored=\"false\" multiValued=\"true\"";
        case BIGRAMS -> "type=\"bigrams\" indexed=\"true\" stored=\"false\" multiValued=\"true\"";
        case HIGHLIGHTED_BIGRAMS ->
            "type=\"bigrams\" indexed=\"true\" stored=\"true\" multiValued=\"true\" storeOffsetsWithPositions=\"true\"";
        case KEYWORD -> "type=\"string\" indexed=\"true\" stored=\"" + name.equals(Fields.ID) + "\" docValues=\""
            + name.equals(Fields.ID) + "\"";
        case FACET -> "type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"true\" multiValued=\"true\"";
        case NUMBER -> "type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"";
        case SORT_KEY -> "type=\"string\" indexed=\"false\" stored=\"false\" docValues=\"true\"";
        case RECORD -> "type=\"binary\" indexed=\"false\" stored=\"true\"";
      };
      s.append("  <field name=\"").append(name).append("\" ").append(attributes).append("/>\n");
    }
    return s.append("</schema>\n").toString();
  }

  static String solrconfig() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <directoryFactory name="DirectoryFactory" class="solr.MMapDirectoryFactory"/>
          <indexConfig>
            <ramBufferSizeMB>256</ramBufferSizeMB>
          </indexConfig>
          <updateHandler class="solr.DirectUpdateHandler2"/>
          <!-- No filter, query-result or document cache: measured uncached, like the other engines. -->
          <query>
            <useFilterForSortedQuery>false</useFilterForSortedQuery>
          </query>
          <requestHandler name="/select" class="solr.SearchHandler"/>
          <queryParser name="jixiao" class="org.jixiao.search.SolrKeywordParser"/>
        </config>
        """;
  }
}

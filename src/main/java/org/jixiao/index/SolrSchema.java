package org.jixiao.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configset of a Jixiao collection, generated from the index's own schema ({@link
 * EntryFields}): the same fields, smartcn words and CJK bigrams as {@link Analyzers} makes them,
 * facets as string doc values, the stored record, each entry's vector in an HNSW graph with the
 * embedded index's similarity, and the keyword query as the {@code jixiao} query parser (a class
 * the search layer names: its own keyword query, which the nodes load from the plugin jar).
 *
 * <p>Why dot product where the issue says cosine: the vectors are unit length, so both give the same
 * order and the same scores ((1 + cos) / 2), and the embedded index uses dot product; the two
 * backends then agree score for score.
 */
public final class SolrSchema {

  /** Each entry's own vector (the same name as the embedded live index's). */
  public static final String VECTOR = LiveIndex.VECTOR;
  /** The embedding model's dimension. */
  public static final int DIMENSION = 512;

  private SolrSchema() {}

  /** Writes {@code schema.xml} and {@code solrconfig.xml} into {@code conf} and returns it. */
  public static Path write(Path conf, boolean cached, String keywordParser) throws IOException {
    Files.createDirectories(conf);
    Files.writeString(conf.resolve("schema.xml"), schema(), StandardCharsets.UTF_8);
    Files.writeString(conf.resolve("solrconfig.xml"), solrconfig(cached, keywordParser), StandardCharsets.UTF_8);
    return conf;
  }

  /** The configset as a zip, for the configset upload API. */
  public static byte[] zip(String keywordParser) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : Map.of("schema.xml", schema(), "solrconfig.xml", solrconfig(true, keywordParser)).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  public static String schema() {
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
          <fieldType name="vector" class="solr.DenseVectorField" vectorDimension="%d" similarityFunction="dot_product"
                     knnAlgorithm="hnsw"/>
          <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
          <field name="%s" type="vector" indexed="true" stored="true"/>
        """.formatted(DIMENSION, VECTOR));
    for (Map.Entry<String, EntryFields.Kind> f : EntryFields.schema().entrySet()) {
      String name = f.getKey();
      String attributes = switch (f.getValue()) {
        case WORDS -> "type=\"words\" indexed=\"true\" stored=\"false\" multiValued=\"true\"";
        case BIGRAMS -> "type=\"bigrams\" indexed=\"true\" stored=\"false\" multiValued=\"true\"";
        case HIGHLIGHTED_BIGRAMS ->
            "type=\"bigrams\" indexed=\"true\" stored=\"true\" multiValued=\"true\" storeOffsetsWithPositions=\"true\"";
        // the id is sorted on (a stable order for ties and for paging through a whole slice)
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

  /**
   * @param cached whether Solr keeps its filter and result caches (a served collection does; the
   *     benchmark's embedded peer is measured uncached, like the other engines)
   * @param keywordParser the class of the {@code jixiao} query parser
   */
  public static String solrconfig(boolean cached, String keywordParser) {
    String caches = cached ? """
            <filterCache size="512" initialSize="512" autowarmCount="0"/>
            <queryResultCache size="512" initialSize="512" autowarmCount="0"/>
        """ : "";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.MMapDirectoryFactory}"/>
          <indexConfig>
            <ramBufferSizeMB>256</ramBufferSizeMB>
          </indexConfig>
          <!-- The update log: what a replica recovers from and what makes an acknowledged update durable. -->
          <updateHandler class="solr.DirectUpdateHandler2">
            <updateLog>
              <str name="dir">${solr.ulog.dir:}</str>
            </updateLog>
            <autoCommit>
              <maxTime>${solr.autoCommit.maxTime:15000}</maxTime>
              <openSearcher>false</openSearcher>
            </autoCommit>
          </updateHandler>
          <!-- Term statistics over the whole collection, not per shard: the same BM25 scores as one index. -->
          <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
          <query>
            <useFilterForSortedQuery>false</useFilterForSortedQuery>
        %s  </query>
          <requestHandler name="/select" class="solr.SearchHandler"/>
          <queryParser name="jixiao" class="%s"/>
        </config>
        """.formatted(caches, keywordParser);
  }
}

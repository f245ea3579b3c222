package org.jixiao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Solr home with one core of the collection's configset ({@link org.jixiao.index.SolrSchema}),
 * Solr's caches left out: the engines are compared uncached.
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
    org.jixiao.index.SolrSchema.write(conf, false, SolrKeywordParser.class.getName());
    return home;
  }

}

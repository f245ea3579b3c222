package org.jixiao.search;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * {@code {!jixiao of=indicator}满意度}: the keyword query of the embedded backends (the match as a
 * filter, scored by its name and context terms), built inside Solr by the same {@link QueryFactory},
 * so that a Solr collection matches and scores as the embedded index does. {@code part=required}
 * gives the query's quoted phrases alone (what every result must contain).
 *
 * <p>It runs inside the Solr nodes, from the plugin jar; the product jar never loads it.
 */
public final class SolrKeywordParser extends QParserPlugin {

  private static final QueryFactory QUERIES = new QueryFactory(Synonyms.builtIn());

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        // "type" names the parser itself in local params ({!jixiao} is {!type=jixiao}), hence "of"
        String type = localParams == null ? null : localParams.get("of");
        type = type == null ? org.jixiao.index.Fields.TYPE_INDICATOR : type;
        if ("required".equals(localParams == null ? null : localParams.get("part"))) {
          Query required = QUERIES.required(qstr, type);
          return required == null ? new MatchNoDocsQuery() : required;
        }
        KeywordQuery keywords = QUERIES.build(qstr, type);
        return keywords == null ? new MatchNoDocsQuery() : ReferenceSearcher.scored(keywords);
      }
    };
  }
}

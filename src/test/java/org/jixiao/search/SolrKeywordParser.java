package org.jixiao.search;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * {@code {!jixiao of=indicator}满意度}: the keyword query both Jixiao engines run (the match as a
 * filter, scored by its name and context terms), built by the same {@link QueryFactory} inside Solr,
 * so the three engines are timed on one query.
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
        KeywordQuery keywords = QUERIES.build(qstr, type == null ? org.jixiao.index.Fields.TYPE_INDICATOR : type);
        return keywords == null ? new MatchNoDocsQuery() : ReferenceSearcher.scored(keywords);
      }
    };
  }
}

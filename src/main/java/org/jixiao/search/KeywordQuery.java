package org.jixiao.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A keyword search as Lucene queries: which entries of {@code type} match ({@code match}, a filter,
 * type included), and their BM25 score as the part from the name fields plus the part from the rest
 * (context, goal). The score is split because entries that share a name share the name part: a
 * search scores each name once and only adds the rest where an entry could still make the page.
 *
 * <p>The match is also given split by where it is decided, which {@link MatchPass} uses: an entry
 * matches when its name matches {@code nameMatch} (a query over the name fields, decided once per
 * distinct name), or it matches {@code restMatch} (over the other fields), or for one of {@code
 * nameAndRest} its name matches the name part and the entry the rest part (a project's name matched a
 * synonym variant whose word is in its goal). The split and {@code match} select the same entries.
 *
 * @param restMatch null when no term reaches the other fields
 * @param nameScore null when no term reaches the name fields
 * @param restScore null when no term reaches the other fields
 * @param required what a matching entry must also match (the query's quoted phrases), else null;
 *     {@code match} includes it, the split does not
 */
public record KeywordQuery(Query match, String type, Query nameMatch, Query restMatch, List<NameAndRest> nameAndRest,
    Query nameScore, Query restScore, Query required) {

  /** Entries whose name matches {@code name} and which match {@code rest}. */
  public record NameAndRest(Query name, Query rest) {}
}

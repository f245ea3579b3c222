package org.jixiao.search;

import org.apache.lucene.search.Query;

/**
 * A keyword search as Lucene queries: which entries match (a filter, type included), and their BM25
 * score as the part from the name fields plus the part from the rest (context, goal). The score is
 * split because entries that share a name share the name part: a search scores each name once and
 * only adds the rest where an entry could still make the page (see {@link MatchPass}).
 *
 * <p>For indicators the match is also given in two parts, {@code type} entries whose name matches
 * {@code nameMatch} (decided once per distinct name) or that match {@code restMatch}; for projects
 * these three are null and {@code match} is evaluated as it is.
 *
 * @param nameScore null when no term reaches the name fields
 * @param restScore null when no term reaches the other fields
 */
public record KeywordQuery(Query match, String type, Query nameMatch, Query restMatch, Query nameScore, Query restScore) {

  /** Whether the match can be decided per distinct name plus {@link #restMatch}. */
  boolean matchesByName() {
    return nameMatch != null;
  }
}

package org.jixiao.search;

import org.apache.lucene.search.Query;

/**
 * A keyword search as Lucene queries, in three parts: which entries match (a filter, type included),
 * and their BM25 score as the part from the name fields plus the part from the rest (context, goal).
 * The score is split because entries that share a name share the name part: a search scores each
 * name once and only adds the rest where an entry could still make the page (see {@link MatchPass}).
 *
 * @param nameScore null when no term reaches the name fields
 * @param restScore null when no term reaches the other fields
 */
public record KeywordQuery(Query match, Query nameScore, Query restScore) {}

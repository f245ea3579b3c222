package org.jixiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.jixiao.index.Fields;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.index.RecordCodec;

/** Turns a page of ranked documents into hits: their stored records, highlighted names and goal snippets. */
final class HitReader {

  private final Highlights highlights;

  HitReader(Highlights highlights) {
    this.highlights = highlights;
  }

  List<Hit> hits(IndexSearcher searcher, SearchRequest request, List<Fusion.Fused> ranking) throws IOException {
    List<Hit> hits = new ArrayList<>(ranking.size());
    if (ranking.isEmpty()) {
      return hits;
    }
    ScoreDoc[] page = new ScoreDoc[ranking.size()];
    for (int i = 0; i < page.length; i++) {
      page[i] = new ScoreDoc(ranking.get(i).doc(), ranking.get(i).score());
    }
    boolean projects = Fields.TYPE_PROJECT.equals(request.type());
    StoredFields stored = searcher.storedFields();
    List<Object> records = new ArrayList<>(page.length);
    String[] plainNames = new String[page.length];
    String[] plainGoals = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      BytesRef bytes = stored.document(page[i].doc).getBinaryValue(Fields.RECORD);
      if (projects) {
        ProjectRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, ProjectRecord.class);
        records.add(r);
        plainNames[i] = r.name();
        plainGoals[i] = r.goal();
      } else {
        IndicatorRecord r = RecordCodec.decode(bytes.bytes, bytes.offset, bytes.length, IndicatorRecord.class);
        records.add(r);
        plainNames[i] = r.name();
      }
    }
    String[] names = highlights.names(request.query(), page, plainNames);
    String[] snippets = projects ? highlights.goals(searcher, request.query(), page, plainGoals) : null;
    for (int i = 0; i < page.length; i++) {
      Fusion.Fused f = ranking.get(i);
      FoundBy foundBy = FoundBy.of(f.bm25Rank(), f.vectorRank());
      if (projects) {
        hits.add(new ProjectHit((ProjectRecord) records.get(i), f.score(), foundBy, names[i], snippets[i]));
      } else {
        hits.add(new IndicatorHit((IndicatorRecord) records.get(i), f.score(), foundBy, names[i]));
      }
    }
    return hits;
  }

  /** Hits read and written per batch of an export: bounded memory, whatever the export's size. */
  static final int EXPORT_BATCH = 1_000;

  /** A backend's ranking of a request's result set, at least {@code depth} deep. */
  @FunctionalInterface
  interface Ranker {
    List<Fusion.Fused> order(IndexSearcher searcher, int depth) throws IOException;
  }

  /**
   * A whole export, the same for every backend: the result set ranked once by {@code ranker} (as deep
   * as the rows written for a relevance export, whole for a sorted one, which must sort it all),
   * sorted, then given to {@code sink} from the request's offset on, at most {@code max} rows.
   */
  long export(org.jixiao.index.Searchable index, SearchRequest request, long max, SearchBackend.HitSink sink,
      QualityScores quality, Ranker ranker) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      int whole = Searcher.wholeCorpus(searcher);
      int deepest = request.sort() == SortOrder.RELEVANCE ? (int) Math.min(request.offset() + max, whole) : whole;
      List<Fusion.Fused> order = ResultOrder.sort(searcher, ranker.order(searcher, deepest), request.sort(), request.type(), quality);
      return export(searcher, request, order, max, sink);
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Gives {@code order}'s rows from the request's offset on, at most {@code max} of them, to {@code
   * sink} a batch at a time; how many were given.
   */
  private long export(IndexSearcher searcher, SearchRequest request, List<Fusion.Fused> order, long max, SearchBackend.HitSink sink)
      throws IOException {
    int from = Math.min(order.size(), request.offset());
    int to = (int) Math.min(order.size(), from + max);
    long given = 0;
    for (int start = from; start < to; start += EXPORT_BATCH) {
      List<Hit> batch = hits(searcher, request, order.subList(start, Math.min(to, start + EXPORT_BATCH)));
      sink.accept(batch);
      given += batch.size();
    }
    return given;
  }

  /** The page {@code [offset, offset + limit)} of {@code order}. */
  static List<Fusion.Fused> page(List<Fusion.Fused> order, SearchRequest request) {
    return order.size() <= request.offset() ? List.of()
        : order.subList(request.offset(), Math.min(order.size(), request.offset() + request.limit()));
  }
}

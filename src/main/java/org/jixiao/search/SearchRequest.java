package org.jixiao.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.index.Fields;

/**
 * A search as asked: the query text, what to return (indicators or projects), the page, facet
 * filters (dimension → value) and the ranking mode. Invalid requests are refused here, once, for the API and the CLI alike.
 */
public record SearchRequest(
    String query, String type, int limit, int offset, Map<String, String> filters, SearchMode mode, SortOrder sort) {

  public static final int MAX_QUERY_CHARS = 200;
  public static final int MAX_LIMIT = 100;
  /** Deep pages cost memory per request and nobody reads them; the cap keeps both bounded. */
  public static final int MAX_OFFSET = 10_000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new InvalidRequestException("查询词不能为空 / the query (q) must not be empty");
    }
    query = query.strip();
    if (query.length() > MAX_QUERY_CHARS) {
      throw new InvalidRequestException(
          "查询词过长（上限 " + MAX_QUERY_CHARS + " 字）/ the query is longer than " + MAX_QUERY_CHARS + " characters");
    }
    type = type == null || type.isBlank() ? Fields.TYPE_INDICATOR : type.strip();
    if (!type.equals(Fields.TYPE_INDICATOR) && !type.equals(Fields.TYPE_PROJECT)) {
      throw new InvalidRequestException("未知的类型：" + type + "（可选 indicator、project）/ unknown type: " + type + " (indicator or project)");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit 须在 1 到 " + MAX_LIMIT + " 之间 / limit must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidRequestException("offset 须在 0 到 " + MAX_OFFSET + " 之间 / offset must be between 0 and " + MAX_OFFSET);
    }
    Map<String, String> clean = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((dim, value) -> {
        if (!Fields.FACETS.contains(dim)) {
          throw new InvalidRequestException("未知的筛选项：" + dim + " / unknown filter: " + dim);
        }
        if (value != null && !value.isBlank()) {
          if (value.length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("筛选值过长 / filter value too long: " + dim);
          }
          clean.put(dim, value.strip());
        }
      });
    }
    filters = Map.copyOf(clean);
    mode = mode == null ? SearchMode.HYBRID : mode;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A search in its relevance order. */
  public SearchRequest(String query, String type, int limit, int offset, Map<String, String> filters, SearchMode mode) {
    this(query, type, limit, offset, filters, mode, SortOrder.RELEVANCE);
  }

  /** The same search in another order. */
  public SearchRequest sortedBy(SortOrder other) {
    return new SearchRequest(query, type, limit, offset, filters, mode, other);
  }

  /** A search in the default mode, hybrid. */
  public SearchRequest(String query, String type, int limit, int offset, Map<String, String> filters) {
    this(query, type, limit, offset, filters, SearchMode.HYBRID);
  }

  /** A first page of indicators for {@code query}, without filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Fields.TYPE_INDICATOR, 10, 0, Map.of(), SearchMode.HYBRID, SortOrder.RELEVANCE);
  }
}

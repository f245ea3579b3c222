package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jixiao.model.Document;

/**
 * The index's schema and each entry's fields in plain Java values, read from the very documents the
 * Lucene index is filled with: what another engine is given (Solr, measured beside this one), so that
 * both index the same text in the same fields with the same analysis.
 */
public final class EntryFields {

  /** How a field is indexed. */
  public enum Kind {
    /** smartcn words ({@link Analyzers#smartcn}); several values are one text. */
    WORDS,
    /** CJK bigrams ({@link Analyzers#cjkBigrams}). */
    BIGRAMS,
    /** CJK bigrams, stored with offsets in the postings: the fields hits are highlighted on. */
    HIGHLIGHTED_BIGRAMS,
    /** One exact term. */
    KEYWORD,
    /** A facet dimension: exact terms to filter on and values to count; several per entry. */
    FACET,
    /** A number to sort by (doc values only). */
    NUMBER,
    /** A string to sort or group by (doc values only). */
    SORT_KEY,
    /** The entry as stored bytes ({@link RecordCodec}). */
    RECORD
  }

  private static final Map<String, Kind> SCHEMA = schemaInOrder();

  private EntryFields() {}

  /** Every field an entry can have, and how it is indexed. */
  public static Map<String, Kind> schema() {
    return SCHEMA;
  }

  private static Map<String, Kind> schemaInOrder() {
    Map<String, Kind> s = new LinkedHashMap<>();
    s.put(Fields.ID, Kind.KEYWORD);
    s.put(Fields.TYPE, Kind.KEYWORD);
    s.put(Fields.DOCUMENT_ID, Kind.KEYWORD);
    s.put(Fields.PROJECT_ID, Kind.KEYWORD);
    s.put(Fields.CONCEPT, Kind.KEYWORD);
    s.put(Fields.NAME, Kind.WORDS);
    s.put(Fields.NAME_CJK, Kind.HIGHLIGHTED_BIGRAMS);
    s.put(Fields.TEXT, Kind.WORDS);
    s.put(Fields.TEXT_CJK, Kind.BIGRAMS);
    s.put(Fields.GOAL, Kind.WORDS);
    s.put(Fields.GOAL_CJK, Kind.HIGHLIGHTED_BIGRAMS);
    for (String dim : Fields.FACETS) {
      s.put(dim, Kind.FACET);
    }
    s.put(Fields.ORDINAL, Kind.NUMBER);
    s.put(Fields.YEAR_VALUE, Kind.NUMBER);
    s.put(Fields.TARGET_VALUE, Kind.NUMBER);
    s.put(Fields.NAME_KEY, Kind.SORT_KEY);
    s.put(Fields.REGION, Kind.SORT_KEY);
    s.put(Fields.RECORD, Kind.RECORD);
    return java.util.Collections.unmodifiableMap(s);
  }

  /**
   * The entries of {@code document} (projects each followed by their indicators), each as its fields
   * by name: strings for text, keyword, facet and sort fields (a text field's values in the order
   * indexed), longs for numbers, the record's bytes. Per-text vector keys are left out: they belong to
   * this index's own vector store.
   */
  public static List<Map<String, List<Object>>> of(Document document) throws IOException {
    List<Map<String, List<Object>>> out = new ArrayList<>();
    DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    for (org.apache.lucene.document.Document doc : mapper.unbuilt(document, (d, id) -> {})) {
      Map<String, List<Object>> fields = new LinkedHashMap<>();
      for (IndexableField f : doc) {
        if (f instanceof SortedSetDocValuesFacetField facet) {
          fields.computeIfAbsent(facet.dim, k -> new ArrayList<>()).add(facet.label);
          continue;
        }
        Kind kind = SCHEMA.get(f.name());
        if (kind == null) {
          throw new IllegalStateException("field " + f.name() + " is missing from EntryFields.schema()");
        }
        Object value = switch (kind) {
          case WORDS, BIGRAMS, HIGHLIGHTED_BIGRAMS -> f.stringValue();
          // a keyword's sort doc value repeats its term
          case KEYWORD -> f.fieldType().indexOptions() == IndexOptions.NONE ? null : f.stringValue();
          case SORT_KEY -> f.binaryValue().utf8ToString();
          case NUMBER -> f.numericValue().longValue();
          case RECORD -> BytesRef.deepCopyOf(f.binaryValue()).bytes;
          case FACET -> throw new IllegalStateException("facet " + f.name() + " not written as a facet field");
        };
        if (value != null) {
          fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value);
        }
      }
      out.add(fields);
    }
    return out;
  }
}

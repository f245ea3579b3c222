package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.model.Project;

/** Turns a model document into Lucene documents: one per project and one per indicator. */
final class DocumentMapper {

  /**
   * Doc values cap a value at 32 KB; a longer name is keyed by its first 8,000 characters (three
   * bytes each at most), so absurdly long names that share those are matched as one (their name
   * scores still come from each entry's own text: see {@code DistinctNames#scores}).
   */
  static final int MAX_NAME_KEY_CHARS = 8_000;

  /**
   * A stored text field whose postings hold each token's offsets: the fields results are highlighted
   * on (name and goal bigrams). The highlighter then reads the offsets from the index instead of
   * analysing each hit's text again and building an automaton of the query's terms for it (a tenth
   * of a search's time over HTTP at a million entries); the highlights are the same.
   */
  static final FieldType HIGHLIGHTED;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    HIGHLIGHTED = type;
  }

  private final FacetsConfig facets;

  DocumentMapper(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The facets configuration every writer and reader of the index shares. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // A project has indicators in several categories; it is counted under each.
    config.setMultiValued(Fields.LEVEL1, true);
    config.setMultiValued(Fields.LEVEL2, true);
    return config;
  }

  List<org.apache.lucene.document.Document> map(Document document, EntryVectors vectors) throws IOException {
    return map(document, (doc, id) -> withVectorKey(doc, vectors.keyOf(id)));
  }

  /** What is added to each entry's Lucene document beside its own fields, by the entry's id. */
  @FunctionalInterface
  interface Extra {
    void add(org.apache.lucene.document.Document doc, String entryId) throws IOException;
  }

  /** The entries of {@code document}, projects each followed by their indicators, each with {@code extra}'s fields. */
  List<org.apache.lucene.document.Document> map(Document document, Extra extra) throws IOException {
    List<org.apache.lucene.document.Document> out = new ArrayList<>();
    for (org.apache.lucene.document.Document doc : unbuilt(document, extra)) {
      out.add(facets.build(doc));
    }
    return out;
  }

  /**
   * The entries' fields as written, before the facets configuration turns each facet field into its
   * doc values and drill-down terms: what another engine's schema is filled from ({@link EntryFields}).
   */
  List<org.apache.lucene.document.Document> unbuilt(Document document, Extra extra) throws IOException {
    List<org.apache.lucene.document.Document> out = new ArrayList<>();
    int ordinal = 0;
    for (Project project : document.projects()) {
      org.apache.lucene.document.Document p = project(document, project, ordinal++);
      extra.add(p, project.id());
      out.add(p);
      for (Indicator indicator : project.indicators()) {
        org.apache.lucene.document.Document i = indicator(document, project, indicator, ordinal++);
        extra.add(i, indicator.id());
        out.add(i);
      }
    }
    return out;
  }

  /** The key of the entry's text: its postings give a text's entries, its doc value an entry's text. */
  private static void withVectorKey(org.apache.lucene.document.Document doc, BytesRef key) {
    if (key != null) {
      doc.add(new StringField(Fields.VECTOR_KEY, key, Field.Store.NO));
      doc.add(new SortedDocValuesField(Fields.VECTOR_KEY, key));
    }
  }

  private static org.apache.lucene.document.Document project(Document d, Project p, int ordinal) throws IOException {
    org.apache.lucene.document.Document doc = common(d, p, p.id(), Fields.TYPE_PROJECT, ordinal);
    addName(doc, p.name());
    List<String> context = new ArrayList<>(List.of(nullToEmpty(p.unit()), nullToEmpty(p.department())));
    p.indicators().forEach(i -> context.add(i.name()));
    addContext(doc, context);
    if (p.goal() != null) {
      doc.add(new TextField(Fields.GOAL, p.goal(), Field.Store.NO));
      doc.add(new Field(Fields.GOAL_CJK, p.goal(), HIGHLIGHTED));
    }
    Set<String> level1 = new LinkedHashSet<>();
    Set<String> level2 = new LinkedHashSet<>();
    p.indicators().forEach(i -> {
      level1.add(i.level1());
      level2.add(i.level2());
    });
    addFacets(doc, Fields.LEVEL1, level1);
    addFacets(doc, Fields.LEVEL2, level2);
    doc.add(new StoredField(Fields.RECORD, RecordCodec.encode(ProjectRecord.of(d, p))));
    return doc;
  }

  private static org.apache.lucene.document.Document indicator(Document d, Project p, Indicator i, int ordinal) throws IOException {
    org.apache.lucene.document.Document doc = common(d, p, i.id(), Fields.TYPE_INDICATOR, ordinal);
    doc.add(new StringField(Fields.PROJECT_ID, p.id(), Field.Store.NO));
    addName(doc, i.name());
    List<String> context = new ArrayList<>(Stream.of(p.name(), p.unit(), i.level1(), i.level2(), i.formula()).map(DocumentMapper::nullToEmpty).toList());
    i.targets().forEach(t -> context.add(nullToEmpty(t.raw())));
    addContext(doc, context);
    addFacets(doc, Fields.LEVEL1, Stream.of(i.level1()).toList());
    addFacets(doc, Fields.LEVEL2, Stream.of(i.level2()).toList());
    IndicatorRecord record = record(d, p, i);
    doc.add(new StringField(Fields.CONCEPT, record.conceptId(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.CONCEPT, new BytesRef(record.conceptId())));
    org.jixiao.model.Target target = record.target();
    addFacet(doc, Fields.TARGET_KIND, (target == null ? org.jixiao.model.TargetKind.EMPTY : target.kind()).code());
    if (target != null && target.kind() == org.jixiao.model.TargetKind.NUMERIC && target.value() != null) {
      doc.add(new NumericDocValuesField(Fields.TARGET_VALUE, org.apache.lucene.util.NumericUtils.doubleToSortableLong(target.value())));
    }
    if (record.region() != null) {
      doc.add(new SortedDocValuesField(Fields.REGION, new BytesRef(record.region())));
    }
    doc.add(new StoredField(Fields.RECORD, RecordCodec.encode(record)));
    return doc;
  }

  /** The indicator as its entry stores it: with its placement and what it measures. */
  static IndicatorRecord record(Document d, Project p, Indicator i) {
    org.jixiao.ingest.concept.Concept c = org.jixiao.ingest.concept.ConceptCatalog.standard().classify(i.name());
    return new IndicatorRecord(i, org.jixiao.model.Placement.of(d, p), new org.jixiao.model.ConceptRef(c.id(), c.label()));
  }

  private static org.apache.lucene.document.Document common(Document d, Project p, String id, String type, int ordinal) {
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.NO));
    // The index's second sort key: equal names lie in id order, whatever order they were added in.
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    doc.add(new StringField(Fields.DOCUMENT_ID, d.id(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
    addFacet(doc, Fields.CITY, p.city());
    addFacet(doc, Fields.DISTRICT, p.district());
    addFacet(doc, Fields.UNIT, p.unit());
    addFacet(doc, Fields.YEAR, d.year() == null ? null : d.year().toString());
    if (d.year() != null) {
      doc.add(new NumericDocValuesField(Fields.YEAR_VALUE, d.year()));
    }
    return doc;
  }

  private static void addName(org.apache.lucene.document.Document doc, String name) {
    addText(doc, Fields.NAME, Fields.NAME_CJK, name, true);
    if (name != null && !name.isBlank()) {
      String key = name.length() <= MAX_NAME_KEY_CHARS ? name : name.substring(0, MAX_NAME_KEY_CHARS);
      doc.add(new SortedDocValuesField(Fields.NAME_KEY, new BytesRef(key)));
    }
  }

  private static void addText(
      org.apache.lucene.document.Document doc, String words, String bigrams, String text, boolean storeBigrams) {
    if (text == null || text.isBlank()) {
      return;
    }
    doc.add(new TextField(words, text, Field.Store.NO));
    // Names are stored in their bigram field: highlights are drawn there, where any query bigram matches.
    doc.add(storeBigrams ? new Field(bigrams, text, HIGHLIGHTED) : new TextField(bigrams, text, Field.Store.NO));
  }

  /**
   * The context as one value per piece (project, unit, categories, target …) rather than one joined
   * string: the pieces repeat across a corpus far more than their combinations do, so the build's
   * analysis cache ({@link RepeatingTextAnalyzer}) segments each piece once. Scoring sees the same
   * terms and the same field length either way.
   */
  private static void addContext(org.apache.lucene.document.Document doc, List<String> pieces) {
    for (String piece : pieces) {
      addText(doc, Fields.TEXT, Fields.TEXT_CJK, piece, false);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void addFacets(org.apache.lucene.document.Document doc, String dim, java.util.Collection<String> values) {
    values.stream().filter(Objects::nonNull).forEach(v -> addFacet(doc, dim, v));
  }

  private static void addFacet(org.apache.lucene.document.Document doc, String dim, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }
}

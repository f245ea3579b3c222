package org.jixiao.index;

/**
 * Field names, and why each field is the kind it is.
 *
 * <p>Every project and every indicator is its own Lucene document ({@link #TYPE}). Text is indexed
 * twice, once segmented by smartcn and once as CJK bigrams ({@code *_cjk}): words rank precisely,
 * bigrams catch what segmentation splits differently. The record itself is stored once as JSON in
 * {@link #RECORD}, so a hit never needs a second lookup.
 */
public final class Fields {

  private Fields() {}

  /** Keyword: exact lookup by id ({@code /api/indicators/{id}}). */
  public static final String ID = "id";
  /** Keyword: {@code indicator} or {@code project}; every search filters on it. */
  public static final String TYPE = "type";
  /** Keyword: the source document, so one file's entries can be replaced or removed together. */
  public static final String DOCUMENT_ID = "document_id";
  /** Keyword: the project an indicator belongs to, to list a project's indicators in one query. */
  public static final String PROJECT_ID = "project_id";
  /** Numeric doc value: the position within the project, to list indicators in table order. */
  public static final String ORDINAL = "ordinal";

  /** smartcn: the indicator's or project's own name, the most telling text. */
  public static final String NAME = "name";
  /** Bigrams of the name; stored, because highlights are drawn on it. */
  public static final String NAME_CJK = "name_cjk";
  /** smartcn: the context that places an entry (project, unit, categories, target), weighted low. */
  public static final String TEXT = "text";
  /** Bigrams of the context. */
  public static final String TEXT_CJK = "text_cjk";
  /** smartcn: a project's goal (绩效目标). */
  public static final String GOAL = "goal";
  /** Bigrams of the goal; stored for highlighted snippets of project hits. */
  public static final String GOAL_CJK = "goal_cjk";

  /**
   * Keyword and sorted doc value: the key of the entry's embedded text (see {@code EntryTexts}). The
   * vector itself is kept once per distinct text, in {@link TextVectors}, which has the same field.
   */
  public static final String VECTOR_KEY = "vector_key";

  /** Keyword and sorted doc value: an indicator's concept id, to fetch and count a concept's indicators. */
  public static final String CONCEPT = "concept";
  /** Sorted doc value: an entry's district, else its city; counted per concept in one pass. */
  public static final String REGION = "region";

  /**
   * Sorted doc value: the entry's name as written. Entries with the same name get the same BM25
   * score from the name fields, so a search scores each name once per segment, not once per entry.
   */
  public static final String NAME_KEY = "name_key";

  /** Stored only: the entry as JSON. */
  public static final String RECORD = "record";

  /** Facet dimensions (sorted-set doc values: counted per query without a taxonomy index). */
  public static final String CITY = "city";
  public static final String DISTRICT = "district";
  public static final String UNIT = "unit";
  public static final String LEVEL1 = "level1";
  public static final String LEVEL2 = "level2";
  public static final String YEAR = "year";
  /**
   * What an indicator's annual target is ({@code numeric}, {@code qualitative}, {@code text},
   * {@code empty}: the codes of {@code TargetKind}): "有数值指标值" is a click on {@code numeric}.
   */
  public static final String TARGET_KIND = "targetKind";

  /** The facet dimensions in the order the API lists them. */
  public static final java.util.List<String> FACETS = java.util.List.of(CITY, DISTRICT, UNIT, LEVEL1, LEVEL2, YEAR, TARGET_KIND);

  /** Numeric doc value: the table's year, to sort a result set by it. */
  public static final String YEAR_VALUE = "year_value";
  /**
   * Numeric doc value: the number of an indicator's annual target (a range's lower bound) as a
   * sortable long, to sort a result set by it; absent where the target states no number.
   */
  public static final String TARGET_VALUE = "target_value";

  public static final String TYPE_INDICATOR = "indicator";
  public static final String TYPE_PROJECT = "project";
}

package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.read.Row;
import org.jixiao.ingest.read.Sheet;
import org.jixiao.model.Budget;
import org.jixiao.model.Document;
import org.jixiao.model.Evaluation;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Target;
import org.jixiao.vocabulary.Hanzi;

/**
 * A table written in traditional characters or in full-width digits and signs is read folded and
 * stored as written.
 *
 * <p>Why: the recogniser's words (categories, headers, value words, name endings, numbering such as
 * {@code 指标1}) are simplified and its value grammar half-width, and many of its rules look at a
 * cell's text as it stands; folding only where a rule remembers to fold read the development tables,
 * converted to traditional characters, with recall 0.762 against 0.839, and written with full-width
 * digits and signs (９５％, ≥（…）) with 0.756. Folding the whole sheet once, character for character
 * ({@link Hanzi#foldChar}: traditional to simplified, full-width to half-width; the same length, so
 * every position holds), lets every rule see one script and one width: both conversions now read
 * exactly as the tables do.
 *
 * <p>What is stored keeps the document's characters: a text the recogniser read is looked up in the
 * folded sheet near its line and the original characters at that place are stored; a text joined from
 * pieces gets each character back as this document mostly writes it. Canonical words the recogniser
 * gives (产出指标, a unit's canonical name) stay as they are; the raw forms beside them
 * ({@code level1Raw}) are written back.
 */
final class CharacterFold {

  /** Text the recogniser quotes from the document inside its messages. */
  private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");


  /** How many characters before a row's start the text of its indicator is looked for (a cell wrapped from above). */
  private static final int BEFORE = 400;
  /** How far after the row's end: the rows its cells were wrapped over. */
  private static final int WINDOW = 4000;

  /** True when some character of the sheet folds. */
  private final boolean foldable;
  /**
   * Each folded character as the sheet mostly writes it, where that is not the folded form; a tie
   * goes to the written form (a traditional table under a simplified header: 級 twice, 一级指标 twice).
   */
  private final Map<Character, Character> restore;
  /** The sheet's cells in order, one per line of this text, and the same folded: position for position. */
  private final String original;
  private final String folded;
  /** Where each source line's first cell starts in {@link #original}. */
  private final java.util.NavigableMap<Integer, Integer> lineStarts;

  private CharacterFold(boolean foldable, Map<Character, Character> restore, String original,
      java.util.NavigableMap<Integer, Integer> lineStarts) {
    this.foldable = foldable;
    this.restore = restore;
    this.original = original;
    this.folded = Hanzi.foldChars(original);
    this.lineStarts = lineStarts;
  }

  /** How this sheet writes the characters that folding changes. */
  static CharacterFold of(Sheet sheet) {
    // How often each character stands in the sheet: folding is a function of the character, so these
    // counts say both whether anything folds and how the sheet mostly writes each folded character.
    int[] counts = new int[Character.MAX_VALUE + 1];
    boolean foldable = false;
    for (Row row : sheet.rows()) {
      for (String cell : row.cells()) {
        for (int i = 0; i < cell.length(); i++) {
          char c = cell.charAt(i);
          counts[c]++;
          foldable |= Hanzi.foldChar(c) != c;
        }
      }
    }
    if (!foldable) {
      return new CharacterFold(false, Map.of(), "", new java.util.TreeMap<>()); // most sheets: nothing to fold
    }
    Map<Character, Character> restore = new HashMap<>();
    for (int c = 0; c < counts.length; c++) {
      char s = Hanzi.foldChar((char) c);
      Character best = restore.get(s);
      if (counts[c] > 0 && counts[c] >= counts[s] && s != c && (best == null || counts[c] > counts[best])) {
        restore.put(s, (char) c);
      }
    }
    // Texts are looked up where the recogniser read them: without the pinyin a copying site added (SheetCells).
    StringBuilder text = new StringBuilder();
    java.util.NavigableMap<Integer, Integer> lineStarts = new java.util.TreeMap<>();
    for (Row row : SheetCells.withoutRuby(sheet.rows())) {
      lineStarts.putIfAbsent(row.line(), text.length());
      for (String cell : row.cells()) {
        text.append(cell).append('\n');
      }
    }
    return new CharacterFold(true, restore, text.toString(), lineStarts);
  }

  /** True when the sheet has traditional or full-width characters to fold. */
  boolean any() {
    return foldable;
  }

  /** The sheet with every cell folded, position for position. */
  static Sheet folded(Sheet sheet) {
    List<Row> rows = new ArrayList<>(sheet.rows().size());
    for (Row row : sheet.rows()) {
      List<String> cells = new ArrayList<>(row.cells().size());
      for (String cell : row.cells()) {
        cells.add(Hanzi.foldChars(cell));
      }
      rows.add(new Row(row.line(), cells));
    }
    return new Sheet(sheet.file(), rows);
  }

  /**
   * A text read from around {@code line} as the document writes it there: found in the folded sheet
   * near that line, the original characters at the same place; else (a text joined from pieces) each
   * character as the document mostly writes it.
   */
  String restore(String text, int line) {
    if (text == null || !foldable) {
      return text;
    }
    Map.Entry<Integer, Integer> start = lineStarts.floorEntry(line);
    Map.Entry<Integer, Integer> next = lineStarts.higherEntry(line);
    int from = Math.max(0, (start == null ? 0 : start.getValue()) - BEFORE);
    int to = (next == null ? folded.length() : next.getValue()) + WINDOW; // a whole table flattened into its line, and after
    int at = folded.indexOf(text, from);
    if (at >= 0 && at + text.length() <= to) {
      return original.substring(at, at + text.length());
    }
    return restore(text);
  }

  /** Each character as the document mostly writes it. */
  String restore(String text) {
    if (text == null || restore.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      Character t = restore.get(chars[i]);
      if (t != null) {
        chars[i] = t;
      }
    }
    return new String(chars);
  }

  /** A message with the document's text it quotes (“…”) as the document writes it. */
  String restoreQuoted(String message) {
    if (message == null || !foldable) {
      return message;
    }
    Matcher m = QUOTED.matcher(message);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("“" + restore(m.group(1), lineOf(message, m.start())) + "”"));
    }
    return m.appendTail(b).toString();
  }

  /** The line a message names just before a quote (第36行“…”), else 0. */
  private static int lineOf(String message, int quote) {
    Matcher m = LINE_BEFORE.matcher(message.substring(Math.max(0, quote - 12), quote));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static final Pattern LINE_BEFORE = Pattern.compile("第(\\d+)行$");

  /** The document read from the folded sheet, its texts as the document writes them. */
  Document restore(Document d) {
    if (!foldable) {
      return d;
    }
    return new Document(d.id(), d.sourceFile(), d.kind(), restore(d.title(), 0), d.city(), d.district(), d.department(), d.unit(),
        d.year(), d.yearBasis(), d.declaredTotal(), d.projects().stream().map(this::restore).toList(),
        d.warnings().stream().map(this::restoreQuoted).toList());
  }

  private Project restore(Project p) {
    int line = p.source() == null ? 0 : p.source().line();
    String unitRaw = p.unitRaw() != null ? restore(p.unitRaw(), line) : differs(p.unit(), line);
    Budget b = p.budget();
    Budget budget = b == null ? null
        : new Budget(b.total(), b.fiscal(), b.specialAccount(), b.other(), restore(b.raw(), line), restore(b.rawUnit(), line));
    return new Project(p.id(), restore(p.name(), line), p.unit(), unitRaw, p.department(), p.city(), p.district(), budget,
        restore(p.goal(), line), p.indicators().stream().map(this::restore).toList(),
        p.budgetExecution().stream().map(this::restore).toList(), p.assessment(), p.flags(), p.source());
  }

  private Indicator restore(Indicator i) {
    int line = i.source() == null ? 0 : i.source().line();
    Evaluation e = i.evaluation();
    Evaluation evaluation = e == null ? null
        : new Evaluation(restore(e.actual(), line), e.weight(), restore(e.completion(), line), e.score(), e.sharedWithRow());
    return new Indicator(i.id(), i.level1(), i.level2(), restore(i.name(), line),
        i.level1Raw() != null ? restore(i.level1Raw(), line) : differs(i.level1(), line),
        i.level2Raw() != null ? restore(i.level2Raw(), line) : differs(i.level2(), line),
        restore(i.formula(), line), i.targets().stream().map(t -> restore(t, line)).toList(), evaluation, i.source());
  }

  private Target restore(Target t, int line) {
    return t == null ? null
        : new Target(restore(t.raw(), line), t.period(), t.kind(), t.op(), t.value(), t.upper(), restore(t.unit(), line),
            restore(t.qualitative(), line));
  }

  /** The raw form of a canonical word the document wrote traditionally (產出指標 for 产出指标), else null. */
  private String differs(String canonical, int line) {
    String written = restore(canonical, line);
    return written == null || written.equals(canonical) ? null : written;
  }
}

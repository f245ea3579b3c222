package org.jixiao.ingest.recognise;

import java.util.List;

/**
 * The report of lines that look like indicators but gave none, for the index report, the upload
 * answer and the draft check: their line numbers and the start of their text (Chinese, then English).
 */
final class UnreadLines {

  /** Lines named in full; the rest are counted. */
  static final int LISTED = 12;

  private static final int EXCERPT = 24;

  private UnreadLines() {}

  /** The start of a line's text, for the report. */
  static String excerpt(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "…";
  }

  /** @param lines entries of the form {@code 12:text} */
  static String message(List<String> lines) {
    StringBuilder zh = new StringBuilder();
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < Math.min(lines.size(), LISTED); i++) {
      String entry = lines.get(i);
      int colon = entry.indexOf(':');
      String line = entry.substring(0, colon);
      zh.append(i == 0 ? "" : "；").append("第").append(line).append("行“").append(entry.substring(colon + 1)).append("”");
      numbers.append(i == 0 ? "" : ", ").append(line);
    }
    String more = lines.size() > LISTED ? "等 " + lines.size() + " 行" : "";
    String moreEn = lines.size() > LISTED ? " (" + lines.size() + " lines in all)" : "";
    return "以下各行像是绩效指标，但没有读出：" + zh + more + " / lines that look like indicators but were not read: "
        + numbers + moreEn;
  }
}

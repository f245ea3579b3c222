package org.jixiao.ingest.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell that lists several indicators with their values,
 * {@code 1. 培训场次: 114次 2. 月均话务量: 175560次} or {@code 1. 及时派单率100%; 2. 话务应答情况录音率: 100%},
 * into (name, value) pairs. Numbers must run 1, 2, 3 … so that decimals and counts in the text
 * ({@code 99.73%}, {@code 15秒接通率}) are not taken for item numbers.
 */
final class NumberedItems {

  record Item(String name, String value) {}

  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*[.．、](?!\\d)\\s*");
  private static final Pattern NAME_VALUE = Pattern.compile("^(.+?)\\s*[:：]\\s*(.+)$");
  /** A value glued to the name: {@code 工单处理满意度90.32%}. */
  private static final Pattern GLUED =
      Pattern.compile("^(.*?[^\\d.\\s])\\s*([-+]?\\d+(?:\\.\\d+)?\\s*(?:%|％|‰|[\\p{IsHan}]{1,2})?)$");

  private NumberedItems() {}

  /** The items, or an empty list when the text is not a numbered list starting at 1. */
  static List<Item> split(String text) {
    Matcher m = NUMBER.matcher(text);
    List<int[]> marks = new ArrayList<>();
    int expected = 1;
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == expected) {
        marks.add(new int[] {m.start(), m.end()});
        expected++;
      }
    }
    if (marks.isEmpty() || !text.substring(0, marks.get(0)[0]).isBlank()) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      String body = IndicatorNames.trimPunctuation(text.substring(marks.get(i)[1], end));
      if (!body.isEmpty()) {
        items.add(item(body));
      }
    }
    return items;
  }

  private static Item item(String body) {
    Matcher nv = NAME_VALUE.matcher(body);
    if (nv.matches()) {
      return new Item(IndicatorNames.trimPunctuation(nv.group(1)), IndicatorNames.trimPunctuation(nv.group(2)));
    }
    Matcher glued = GLUED.matcher(body);
    if (glued.matches()) {
      return new Item(IndicatorNames.trimPunctuation(glued.group(1)), glued.group(2).strip());
    }
    return new Item(body, null);
  }
}

package org.jixiao.knowledge.lint;

import java.util.List;
import org.jixiao.model.Indicator;
import org.jixiao.search.Synonyms;

/**
 * everyday-wording: a name in everyday words ({@code 老百姓满不满意}) where the tables write their own
 * ({@code 群众满意度}). The words are the search's one-way rules ({@code synonyms.txt}, 口语 => 表格用语),
 * whose everyday words no name of the bundled corpus or of the development tables contains (a test
 * holds them to that), so a table written in the official register is never flagged.
 */
final class WordingRules {

  private static final Synonyms RULES = Synonyms.builtIn();

  private WordingRules() {}

  static List<Finding> everyday(Indicator indicator) {
    String name = indicator.name();
    List<Synonyms.Substitution> said = name == null ? List.of() : RULES.substitutions(name);
    if (said.isEmpty()) {
      return List.of();
    }
    StringBuilder words = new StringBuilder();
    for (Synonyms.Substitution s : said) {
      words.append(words.isEmpty() ? "" : "、").append('“').append(s.said()).append("”→“").append(s.written()).append('”');
    }
    return List.of(Rule.EVERYDAY_WORDING.on(indicator,
        "指标“" + name + "”用了口语：" + words + "，绩效目标表通常用规范用语",
        "改用规范用语，如“" + RULES.normalised(name) + "”，并对照同类指标的写法"));
  }
}

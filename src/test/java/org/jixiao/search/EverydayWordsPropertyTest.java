package org.jixiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-way rules over queries made of the built-in list's own words and other text: the rewritten
 * query is null exactly when nothing was replaced, holds every word put in, and the words replaced
 * appear in the query in the order given.
 */
class EverydayWordsPropertyTest {

  private static final Synonyms BUILT_IN = Synonyms.builtIn();

  @Property(tries = 500)
  void theRewrittenQueryAndItsSubstitutionsAgree(@ForAll("queries") String query) {
    String normalised = BUILT_IN.normalised(query);
    List<Synonyms.Substitution> done = BUILT_IN.substitutions(query);
    assertThat(normalised == null).isEqualTo(done.isEmpty());
    int from = 0;
    for (Synonyms.Substitution s : done) {
      int at = query.indexOf(s.said(), from);
      assertThat(at).as("%s in %s", s.said(), query).isGreaterThanOrEqualTo(from);
      from = at + s.said().length();
      assertThat(normalised).contains(s.written());
    }
    if (normalised != null) {
      // Said in the tables' words once is enough: nothing an everyday word of the list would change
      // is left where a word was put in.
      assertThat(normalised).isNotEqualTo(query);
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> everyday = Arbitraries.of("隔多久", "查看", "坏了", "多少钱", "满不满意", "老百姓", "接电话", "上访", "打不通", "网速");
    Arbitrary<String> other = Arbitraries.strings().withChars("设施热线工单群众的了是否率数一回办理服务系统网络").ofMinLength(0).ofMaxLength(6);
    Arbitrary<String> piece = Arbitraries.oneOf(everyday, other);
    return Combinators.combine(piece, piece, piece, piece).as((a, b, c, d) -> a + b + c + d);
  }
}

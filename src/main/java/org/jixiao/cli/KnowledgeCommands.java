package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import org.jixiao.knowledge.Knowledge;
import picocli.CommandLine.Model.CommandSpec;

/** What the knowledge commands share: opening the index, and printing an answer as JSON or text. */
final class KnowledgeCommands {

  private KnowledgeCommands() {}

  static final ObjectMapper JSON = org.jixiao.api.JsonViews.mapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What a knowledge command asks of the corpus. */
  interface Question<R> {
    R ask(Knowledge knowledge) throws Exception;
  }

  /** Opens the backend, asks the question and prints the answer, as JSON with {@code json}, else as text. */
  static <R> int answer(CommandSpec spec, CorpusOptions corpus, SearchOptions search, boolean json,
      Question<R> question, BiConsumer<PrintWriter, R> text) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // The backend the options choose (the embedded index, or a Solr collection with --solr).
    try (OpenEngine engine = search.open(corpus, spec.commandLine().getErr())) {
      R answer = question.ask(new Knowledge(engine.backend()));
      if (json) {
        printJson(out, answer);
      } else {
        text.accept(out, answer);
      }
    }
    out.flush();
    return 0;
  }

  static void printJson(PrintWriter out, Object value) throws Exception {
    out.println(JSON.writeValueAsString(value));
  }

  static String nz(Object o) {
    return o == null ? "" : o.toString();
  }

  static String num(Double v) {
    if (v == null) {
      return "-";
    }
    return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format("%.2f", v);
  }
}

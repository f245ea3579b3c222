package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Printing helpers shared by the knowledge commands. */
final class KnowledgeCommands {

  private KnowledgeCommands() {}

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

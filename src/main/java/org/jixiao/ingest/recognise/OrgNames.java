package org.jixiao.ingest.recognise;

/**
 * Canonical names of units and departments. Tables append aliases and markers in brackets
 * ({@code 广州市黄埔区政务服务数据管理局（广州开发区行政审批局）}, {@code …（部门）}) and sometimes lose a
 * closing bracket when a cell runs into its neighbour ({@code 广州开发区行政服务管理中心（广州市黄埔区…（部门）}).
 * The canonical name is the part before the first bracket, which is the name every variant shares.
 */
public final class OrgNames {

  private OrgNames() {}

  /** The name without bracketed aliases or leading codes ({@code [015001]}, {@code 820001-}). */
  public static String canonical(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().replaceFirst("^[\\[【(（]?\\d{3,}[\\]】)）]?\\s*[-_]?\\s*", "");
    int bracket = firstBracket(s);
    if (bracket >= 4) {
      s = s.substring(0, bracket);
    }
    return s.strip();
  }

  private static int firstBracket(String s) {
    int a = s.indexOf('（');
    int b = s.indexOf('(');
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}

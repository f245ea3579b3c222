package org.jixiao.ingest.region;

/** A city ({@code 广州市}) and, below it, a district or county ({@code 海珠区}); either may be null. */
public record Region(String city, String district) {

  public static final Region NONE = new Region(null, null);

  boolean isEmpty() {
    return city == null && district == null;
  }
}

package org.jixiao.ingest.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region in an organisation's name. Names start with their place ({@code 广州市海珠区数字政府
 * 运营中心}, {@code 中山市12345…}), which a pattern reads; names that start with a zone or a county
 * alone ({@code 广州开发区信息化办公室}, {@code 濉溪县民政局}) are looked up in a small gazetteer,
 * {@code regions.tsv}, that users can extend.
 */
public final class RegionResolver {

  private static final Pattern LEADING_CODE = Pattern.compile("^[\\[【(（]?\\d{2,}[\\]】)）]?\\s*[-_]?\\s*");
  private static final Pattern PROVINCE = Pattern.compile("^\\p{IsHan}{2,3}?(?:省|自治区)");
  private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{2,8}?(?:自治州|市|州|地区|盟))");
  private static final Pattern DISTRICT = Pattern.compile("^(\\p{IsHan}{1,4}?(?:区|县|旗))");
  /** Words ending in 区 that are not districts. */
  private static final Set<String> NOT_DISTRICT_SUFFIXES =
      Set.of("社区", "园区", "小区", "景区", "片区", "辖区", "城区", "市区", "郊区", "校区", "示范区", "保护区", "开发区", "试验区", "服务区", "功能区");

  private final List<Entry> gazetteer;

  private record Entry(String alias, String city, String district) {}

  private RegionResolver(List<Entry> gazetteer) {
    // Longest alias first, so 广州开发区 is tried before 开发区-like shorter entries.
    this.gazetteer =
        gazetteer.stream().sorted(Comparator.comparingInt((Entry e) -> e.alias.length()).reversed()).toList();
  }

  /** The resolver with the bundled gazetteer. */
  public static RegionResolver bundled() {
    try (InputStream in = RegionResolver.class.getResourceAsStream("regions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("regions.tsv missing from the classpath");
      }
      return new RegionResolver(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> parse(InputStream in) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      entries.add(new Entry(f[0].strip(), blankToNull(f.length > 1 ? f[1] : ""), blankToNull(f.length > 2 ? f[2] : "")));
    }
    return entries;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The most specific region any of the names gives: the first with both city and district, else the
   * first with a city, else the first with a district.
   */
  public Region resolve(String... names) {
    Region cityOnly = null;
    Region districtOnly = null;
    for (String name : names) {
      Region r = resolveOne(name);
      if (r.city() != null && r.district() != null) {
        return r;
      }
      if (r.city() != null && cityOnly == null) {
        cityOnly = r;
      }
      if (r.district() != null && districtOnly == null) {
        districtOnly = r;
      }
    }
    if (cityOnly != null) {
      return cityOnly;
    }
    return districtOnly != null ? districtOnly : Region.NONE;
  }

  Region resolveOne(String name) {
    if (name == null || name.isBlank()) {
      return Region.NONE;
    }
    String s = LEADING_CODE.matcher(name.strip()).replaceFirst("");
    s = PROVINCE.matcher(s).replaceFirst("");
    String city = null;
    String district = null;
    Matcher c = CITY.matcher(s);
    if (c.find()) {
      city = c.group(1);
      district = district(s.substring(c.end()));
    } else {
      district = district(s);
    }
    Entry known = lookup(s);
    if (known != null) {
      if (city == null || city.equals(known.city)) {
        city = known.city != null ? known.city : city;
        district = district != null ? district : known.district;
      }
    }
    return new Region(city, district);
  }

  private String district(String rest) {
    Matcher d = DISTRICT.matcher(rest);
    if (!d.find()) {
      return null;
    }
    String candidate = d.group(1);
    for (String suffix : NOT_DISTRICT_SUFFIXES) {
      if (candidate.endsWith(suffix)) {
        return null;
      }
    }
    return candidate;
  }

  private Entry lookup(String s) {
    for (Entry e : gazetteer) {
      if (s.startsWith(e.alias) || (e.alias.length() >= 4 && s.contains(e.alias))) {
        return e;
      }
    }
    return null;
  }
}

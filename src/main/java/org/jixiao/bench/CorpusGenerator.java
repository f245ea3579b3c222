package org.jixiao.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.model.Document;
import org.jixiao.model.Indicator;
import org.jixiao.model.Project;
import org.jixiao.model.Target;

/**
 * The repetitive generator ({@code gen --repetitive}), kept for comparison with {@link RealisticGenerator}:
 * every project is a real one whole, so at a million indicators the corpus holds a few hundred
 * distinct names where real tables have most names distinct.
 *
 * <p>Writes a synthetic corpus of performance-target tables by recombining real projects and indicators
 * across invented units, districts and years, with varied targets. The tables use the layout of the
 * Guangzhou hotline centre's table (a 项目名称 / 总计 / … / 绩效目标 / 绩效指标 header, one row per
 * project, indicators packed as {@code 1、产出指标：名称，年度指标值：≥95%。}), which the importer
 * reads like any published table. Deterministic for a given seed.
 */
public final class CorpusGenerator {

  private static final List<String> CITIES = List.of("广州市", "深圳市", "佛山市", "东莞市", "中山市", "珠海市", "江门市",
      "湛江市", "茂名市", "肇庆市", "惠州市", "梅州市", "汕头市", "汕尾市", "河源市", "阳江市", "清远市", "潮州市", "揭阳市", "云浮市");
  private static final List<String> PLACES = List.of("东城", "西城", "南湖", "北山", "新华", "和平", "长安", "永安", "青云", "白沙",
      "金田", "石岗", "龙溪", "凤岭", "桃源", "清水", "安宁", "大塘");
  private static final List<String> DEPARTMENTS = List.of("政务服务数据管理局", "信访局", "12345热线服务中心", "教育局",
      "交通运输局", "卫生健康局", "民政局", "城市管理局", "司法局", "市场监督管理局");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private final List<Project> templates;

  /** @param corpus the real documents whose projects are recombined */
  public CorpusGenerator(List<Document> corpus) {
    this.templates = corpus.stream().flatMap(d -> d.projects().stream()).filter(p -> !p.indicators().isEmpty()).toList();
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("没有可用的项目模板 / no projects to recombine");
    }
  }

  /** What was written. */
  public record Result(int files, int projects, int indicators) {}

  /** Writes files into {@code out} until at least {@code indicators} indicators are written. */
  public Result generate(int indicators, Path out, long seed) throws IOException {
    Files.createDirectories(out);
    Random random = new Random(seed);
    int files = 0;
    int projects = 0;
    int written = 0;
    while (written < indicators) {
      String unit = inventedUnit(random);
      int year = 2019 + random.nextInt(7);
      List<PackedTables.ProjectRow> rows = new ArrayList<>();
      int count = 3 + random.nextInt(12);
      for (int p = 0; p < count && written < indicators; p++) {
        Project template = templates.get(random.nextInt(templates.size()));
        BigDecimal money = BigDecimal.valueOf(5 + random.nextInt(50_000), 2).setScale(2, RoundingMode.HALF_UP);
        List<PackedTables.Row> packed = new ArrayList<>();
        for (Indicator i : template.indicators()) {
          if (written >= indicators) {
            break;
          }
          packed.add(new PackedTables.Row(i.level1(), i.name(), vary(i.target(), random)));
          written++;
        }
        rows.add(new PackedTables.ProjectRow(year + "年" + template.name(), money, template.goal(), packed));
        projects++;
      }
      PackedTables.write(out.resolve(String.format("gen-%06d.txt", files++)), year, unit, rows);
    }
    return new Result(files, projects, written);
  }

  /** A budget unit in an invented place: a city, a district (one in four a county), a department. */
  static String inventedUnit(Random random) {
    String city = CITIES.get(random.nextInt(CITIES.size()));
    String district = PLACES.get(random.nextInt(PLACES.size())) + (random.nextInt(4) == 0 ? "县" : "区");
    return city + district + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
  }

  /** The target with its numbers moved a little: percentages stay within 0–100. */
  static String vary(Target t, Random random) {
    if (t == null || t.raw() == null || t.raw().isBlank()) {
      return "无";
    }
    String raw = PackedTables.clean(t.raw());
    Matcher m = NUMBER.matcher(raw);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      double v = Double.parseDouble(m.group());
      double moved = raw.contains("%") ? Math.min(100, Math.max(0, Math.round(v + random.nextInt(11) - 5)))
          : Math.max(1, Math.round(v * (0.5 + random.nextDouble())));
      m.appendReplacement(b, String.valueOf((long) moved));
    }
    m.appendTail(b);
    return b.toString();
  }
}

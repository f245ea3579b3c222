import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the hostile workbooks of hostile.sh: one-cell rows, as many as asked. Run as a source file
 * against the jar: {@code java -cp target/jixiao.jar src/test/wrk/HostileXlsx.java DIR}.
 */
public class HostileXlsx {
  public static void main(String[] args) throws Exception {
    write(args[0] + "/rows-1m.xlsx", 1_000_000);
    write(args[0] + "/rows-180k.xlsx", 180_000);
  }

  static void write(String file, int rows) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = new FileOutputStream(file)) {
      var sheet = wb.createSheet();
      for (int r = 0; r < rows; r++) {
        sheet.createRow(r).createCell(0).setCellValue("x" + (r % 10));
      }
      wb.write(out);
      wb.dispose();
    }
  }
}

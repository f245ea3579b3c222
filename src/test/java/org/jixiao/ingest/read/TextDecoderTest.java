package org.jixiao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  static final String TEXT = "项目支出绩效目标表\t物业巡检完成率，年度指标值：≥95%。";

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(plain).text()).isEqualTo(TEXT);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(TextDecoder.decode(bom).text()).isEqualTo(TEXT);
  }

  @Test
  void utf16WithBom() {
    assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(TEXT);
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() {
    String mostlyAscii = "单位：万元\t1,460.00\t1,460.00\n合计\t620.57\n";
    TextDecoder.Decoded le = TextDecoder.decode(mostlyAscii.getBytes(StandardCharsets.UTF_16LE));
    assertThat(le.text()).isEqualTo(mostlyAscii);
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextDecoder.decode(mostlyAscii.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(mostlyAscii);
  }

  @Test
  void gbkAndGb18030FallBackWhenUtf8Fails() {
    assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030"))).text()).isEqualTo(TEXT);
    String gbkSafe = "项目支出绩效目标表 物业巡检完成率 年度指标值 95%";
    assertThat(TextDecoder.decode(gbkSafe.getBytes(Charset.forName("GBK"))).text()).isEqualTo(gbkSafe);
  }
}

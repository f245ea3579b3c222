package org.jixiao.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files in the encodings Chinese government files come in: UTF-8 with or without BOM,
 * UTF-16 (LE/BE, with or without BOM) and GB18030 (a superset of GBK and GB2312).
 *
 * <p>Why not a statistical detector: for these four the answer can be decided, not guessed. A BOM is
 * certain; strict UTF-8 decoding almost never succeeds on GBK bytes of Chinese text; UTF-16 without BOM
 * shows as NUL bytes in every other position (ASCII and CJK punctuation both have one zero byte); what
 * is left is GB18030, which decodes every byte sequence.
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** The decoded text, without a BOM, with the charset that was used. */
  public record Decoded(String text, Charset charset) {}

  /** Decodes {@code bytes}; never fails (GB18030 is the last resort and accepts anything). */
  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(lenient(bytes, 0, utf16), utf16);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    return new Decoded(lenient(bytes, 0, GB18030), GB18030);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 text has a zero byte in most code units; other encodings of text have almost none. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int sample = Math.min(bytes.length, 4096) & ~1;
    if (sample < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int units = sample / 2;
    if (zeroOdd > units / 4 && zeroEven < units / 20) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven > units / 4 && zeroOdd < units / 20) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}

package org.jixiao.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Checks every font's ToUnicode map before PDFBox builds it. A damaged {@code bfrange} whose end code
 * is longer than its start ({@code <7500> <75FF7700> …}, one lost line break) makes PDFBox 3.0 walk
 * some two billion codes, which never ends in practice; the fuzz tests found one such file. A range
 * that is inverted, mixes code lengths or spans more than one two-byte plane is refused up front.
 */
final class FontMaps {

  /** Larger maps are not read whole for the check; a real ToUnicode map is a few kilobytes. */
  private static final int MAX_MAP_BYTES = 4 << 20;
  private static final Pattern BLOCK = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
  private static final Pattern RANGE = Pattern.compile("<\\s*([0-9A-Fa-f\\s]*)>\\s*<\\s*([0-9A-Fa-f\\s]*)>");
  private static final int MAX_RANGE = 0xFFFF;

  private FontMaps() {}

  /** True when some font's ToUnicode map holds a range PDFBox cannot expand in bounded time. */
  static boolean hasRunawayRange(PDDocument document) throws IOException {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
      if (object.getObject() instanceof COSDictionary font && runawayFont(font, seen)) {
        return true;
      }
    }
    // Fonts written directly inside a page's (or a form's) resources are not indirect objects.
    for (PDPage page : document.getPages()) {
      if (page.getResources() != null && runawayResources(page.getResources().getCOSObject(), seen, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean runawayResources(COSDictionary resources, Set<COSBase> seen, int depth) throws IOException {
    if (depth > 10 || !seen.add(resources)) {
      return false;
    }
    if (resources.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
      for (COSName name : fonts.keySet()) {
        if (fonts.getDictionaryObject(name) instanceof COSDictionary font && runawayFont(font, seen)) {
          return true;
        }
      }
    }
    if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSStream form
            && form.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary inner
            && runawayResources(inner, seen, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean runawayFont(COSDictionary font, Set<COSBase> seen) throws IOException {
    if (!seen.add(font)) {
      return false;
    }
    return font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && runaway(map);
  }

  private static boolean runaway(COSStream stream) throws IOException {
    String text;
    try (InputStream in = stream.createInputStream()) {
      text = new String(in.readNBytes(MAX_MAP_BYTES), StandardCharsets.ISO_8859_1);
    }
    Matcher block = BLOCK.matcher(text);
    while (block.find()) {
      Matcher range = RANGE.matcher(block.group(1));
      while (range.find()) {
        String start = range.group(1).replaceAll("\\s", "");
        String end = range.group(2).replaceAll("\\s", "");
        if (start.length() != end.length() || start.length() > 8) {
          return true;
        }
        if (start.isEmpty()) {
          continue;
        }
        long from = Long.parseLong(start, 16);
        long to = Long.parseLong(end, 16);
        if (to < from || to - from > MAX_RANGE) {
          return true;
        }
      }
    }
    return false;
  }
}

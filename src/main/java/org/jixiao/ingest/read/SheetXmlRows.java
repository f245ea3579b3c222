package org.jixiao.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import org.jixiao.util.Deadline;

/**
 * Counts the rows of a worksheet's XML that hold a value (a {@code <v>} or an inline {@code <is>}
 * inside a {@code <row>}), on the raw bytes, before the sheet is parsed. Parsing a row costs POI's
 * event reader several objects per cell; a sheet of a million one-cell rows cost seconds and
 * half a gigabyte of short-lived objects to reach the row cap and be refused. Scanning the bytes
 * for tag names refuses it for the cost of inflating the part, and a sheet within the cap is then
 * parsed as before.
 *
 * <p>The count is an upper bound of the rows the reader keeps: a value that is blank text counts
 * here and not there. Element names are matched without their namespace prefix ({@code <x:row>}
 * from some writers).
 */
final class SheetXmlRows {

  private static final int MAX_NAME = 32;

  private SheetXmlRows() {}

  /** The rows holding a value, counted up to {@code limit + 1} (the scan stops there). */
  static int count(InputStream sheet, int limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] name = new byte[MAX_NAME];
    int nameLength = -1; // -1: outside a tag name
    boolean skipTag = false; // inside a closing tag, comment or declaration: its name does not count
    boolean rowHasValue = false;
    int commentState = 0; // 1, 2: "<!", "<!-" seen; 3: inside a comment; 4, 5: "-", "--" seen inside it
    int rows = 0;
    for (int n; (n = sheet.read(buffer)) > 0; ) {
      Deadline.check();
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (commentState > 0) {
          commentState = comment(commentState, b);
          if (commentState > 0) {
            continue;
          }
        }
        if (b == '<') {
          nameLength = 0;
          skipTag = false;
          continue;
        }
        if (nameLength < 0) {
          continue;
        }
        if (nameLength == 0 && !skipTag && (b == '/' || b == '?' || b == '!')) {
          skipTag = true;
          commentState = b == '!' ? 1 : 0;
          continue;
        }
        if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\r' || b == '\n') {
          if (!skipTag) {
            int local = localStart(name, nameLength);
            if (is(name, local, nameLength, "row")) {
              rowHasValue = false;
            } else if (!rowHasValue && (is(name, local, nameLength, "v") || is(name, local, nameLength, "is"))) {
              rowHasValue = true;
              if (++rows > limit) {
                return rows;
              }
            }
          }
          nameLength = -1;
        } else if (skipTag) {
          // the name of a closing tag: not needed
        } else if (nameLength < MAX_NAME) {
          name[nameLength++] = b;
        } else {
          nameLength = -1; // a longer name is none of ours
        }
      }
    }
    return rows;
  }

  /** The next state of a comment's start ("<!--") or end ("-->") after the byte; 0 when outside one. */
  private static int comment(int state, byte b) {
    return switch (state) {
      case 1 -> b == '-' ? 2 : 0; // "<!" then not "-": a declaration, read on as a skipped tag
      case 2 -> b == '-' ? 3 : 0;
      case 3 -> b == '-' ? 4 : 3;
      case 4 -> b == '-' ? 5 : 3;
      default -> b == '>' ? 0 : b == '-' ? 5 : 3; // 5: "--" seen
    };
  }

  private static int localStart(byte[] name, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (name[i] == ':') {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean is(byte[] name, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (name[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The disk holding the data or the index is full. A change that meets it is taken back whole (the
 * previous generation stays current and served); the API answers 507. Lucene reports the cause
 * inside other exceptions (an {@code AlreadyClosedException} whose cause is the failed write), so
 * the cause chain is searched.
 */
public final class StorageFull extends IOException {

  public static final String MESSAGE = "磁盘空间不足，本次更改未保存，仍在使用上一版索引 / no space left on the disk: the change was not kept "
      + "and the previous index is still served";

  public StorageFull(Throwable cause) {
    super(MESSAGE, cause);
  }

  /** True when the error, or any error under it, is the file system saying it has no space. */
  public static boolean is(Throwable error) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Set<Throwable> seen = new HashSet<>();
    todo.add(error);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof StorageFull || saysNoSpace(t.getMessage())) {
        return true;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(java.util.List.of(t.getSuppressed()));
    }
    return false;
  }

  private static boolean saysNoSpace(String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    // ENOSPC and EDQUOT as Linux and macOS word them; Windows' ERROR_DISK_FULL.
    return m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("not enough space on the disk");
  }
}

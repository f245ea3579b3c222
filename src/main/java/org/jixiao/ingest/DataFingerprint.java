package org.jixiao.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Identifies a set of data files by name, size and modification time, so that {@code serve} can tell
 * whether the index on disk was built from the data it is given, without reading every file.
 */
public final class DataFingerprint {

  private DataFingerprint() {}

  /**
   * The fingerprint of the files.
   *
   * @param salt anything else the index depends on (the schema version)
   */
  public static String of(List<SourceFile> files, String salt) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt.getBytes(StandardCharsets.UTF_8));
      for (SourceFile f : files) {
        String line = f.name() + "\t" + Files.size(f.path()) + "\t" + Files.getLastModifiedTime(f.path()).toMillis() + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

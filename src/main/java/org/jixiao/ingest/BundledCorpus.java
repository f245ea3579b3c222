package org.jixiao.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus the product ships with, packed into the jar under {@code corpus/}. When {@code serve} is
 * run where there is no {@code data/} folder, the corpus is copied out beside the index so that a new
 * user still gets a working system with nothing to configure.
 */
public final class BundledCorpus {

  private static final String ROOT = "corpus";

  private BundledCorpus() {}

  /**
   * Copies the bundled files into {@code target}, rewriting only files whose content differs (so that
   * an unchanged corpus keeps its timestamps and the index is not rebuilt).
   *
   * @return the directory, for use as a data directory
   */
  public static Path extractTo(Path target) throws IOException {
    URL url = BundledCorpus.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IOException("程序包内没有内置语料 / no bundled corpus in this build");
    }
    Files.createDirectories(target);
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        boolean close = false;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          close = true;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          copy(fs.getPath(ROOT), target);
        } finally {
          if (close) {
            fs.close();
          }
        }
      } else {
        copy(Path.of(uri), target);
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    return target;
  }

  private static void copy(Path source, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path dest = target.resolve(source.relativize(file).toString());
      byte[] content = Files.readAllBytes(file);
      if (!Files.exists(dest) || !Arrays.equals(Files.readAllBytes(dest), content)) {
        Files.createDirectories(dest.getParent());
        Files.write(dest, content);
      }
    }
  }
}

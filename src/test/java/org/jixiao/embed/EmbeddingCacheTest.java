package org.jixiao.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

  @TempDir Path dir;

  static float[] v(float... xs) {
    return xs;
  }

  @Test
  void vectorsSurviveReopening() throws Exception {
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      cache.putAll(List.of("满意度", "接通率"), List.of(v(1, 0, 0), v(0, 1, 0)));
      assertThat(cache.get("满意度")).containsExactly(1, 0, 0);
      assertThat(cache.get("未见过")).isNull();
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.size()).isEqualTo(2);
      assertThat(cache.get("接通率")).containsExactly(0, 1, 0);
      cache.putAll(List.of("接通率", "可用率"), List.of(v(9, 9, 9), v(0, 0, 1)));
      assertThat(cache.get("接通率")).as("the first vector for a text is kept").containsExactly(0, 1, 0);
      assertThat(cache.get("可用率")).as("read back from where it was appended").containsExactly(0, 0, 1);
      assertThat(cache.contains("可用率")).isTrue();
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.size()).isEqualTo(3);
      assertThat(cache.get("可用率")).containsExactly(0, 0, 1);
      assertThat(cache.get("满意度")).containsExactly(1, 0, 0);
    }
  }

  @Test
  void anotherModelNeverReusesVectors() throws Exception {
    try (EmbeddingCache a = EmbeddingCache.open(dir, "model-a", 3)) {
      a.putAll(List.of("满意度"), List.of(v(1, 0, 0)));
    }
    try (EmbeddingCache b = EmbeddingCache.open(dir, "model-b", 3)) {
      assertThat(b.get("满意度")).isNull();
      assertThat(b.file()).isNotEqualTo(EmbeddingCache.open(dir, "model-a", 3).file());
    }
  }

  @Test
  void aRecordCutShortByACrashIsDropped() throws Exception {
    Path file;
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      cache.putAll(List.of("一", "二"), List.of(v(1, 0, 0), v(0, 1, 0)));
      file = cache.file();
    }
    long whole = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(whole - 5); // the second record loses its last bytes
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.get("一")).containsExactly(1, 0, 0);
      assertThat(cache.get("二")).isNull();
      cache.putAll(List.of("三"), List.of(v(0, 0, 1)));
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.size()).isEqualTo(2);
      assertThat(cache.get("三")).containsExactly(0, 0, 1);
    }
  }

  @Test
  void aFileOfAnotherFormatIsStartedAfresh() throws Exception {
    Path file;
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      file = cache.file();
    }
    Files.write(file, "not a cache file at all, just bytes".getBytes());
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.size()).isZero();
      cache.putAll(List.of("一"), List.of(v(1, 0, 0)));
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, "model-a", 3)) {
      assertThat(cache.get("一")).containsExactly(1, 0, 0);
    }
  }
}

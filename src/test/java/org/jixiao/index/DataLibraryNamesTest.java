package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataLibraryNamesTest {

  @Test
  void aNameTooLongForTheFileSystemIsCutInBytesKeepingItsExtension() {
    String name = DataLibrary.safeName("绩效目标表".repeat(30) + ".xlsx");
    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DataLibrary.MAX_NAME_BYTES);
    assertThat(name).endsWith(".xlsx").startsWith("绩效目标表");
  }

  @Test
  void halfAnEmojiAndControlCharactersAreReplacedAndPathsDropped() {
    assertThat(DataLibrary.safeName("表\uD83D.txt")).isEqualTo("表_.txt");
    assertThat(DataLibrary.safeName("表\uD83D\uDE00.txt")).isEqualTo("表\uD83D\uDE00.txt");
    assertThat(DataLibrary.safeName("../../a\u0000b.txt")).isEqualTo("a_b.txt");
  }
}

package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLibraryTrashTest {

  @Test
  void theSameFileDeletedTwiceInOneMomentKeepsBothCopies(@TempDir Path trash) throws Exception {
    Path first = DataLibrary.trashPath(trash, "表.txt");
    Files.writeString(first, "first");
    Path second = DataLibrary.trashPath(trash, "表.txt");
    Files.writeString(second, "second");
    assertThat(second).isNotEqualTo(first);
    assertThat(second.getFileName().toString()).endsWith("表.txt");
    assertThat(Files.readString(first)).isEqualTo("first");
  }
}

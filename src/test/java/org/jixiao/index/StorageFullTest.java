package org.jixiao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

class StorageFullTest {

  /** Lucene's tragic-event wrapping hides the cause one or two levels down; it is still found. */
  @Test
  void aFullDiskIsFoundUnderLucenesWrapping() {
    IOException write = new IOException("No space left on device");
    assertThat(StorageFull.is(write)).isTrue();
    assertThat(StorageFull.is(new AlreadyClosedException("this IndexWriter is closed", new RuntimeException(write)))).isTrue();
    RuntimeException suppressed = new RuntimeException("commit failed");
    suppressed.addSuppressed(new FileSystemException("/index/_0.cfs", null, "Disk quota exceeded"));
    assertThat(StorageFull.is(suppressed)).isTrue();
    assertThat(StorageFull.is(new StorageFull(new IOException("x")))).isTrue();
  }

  @Test
  void otherFailuresAreNotAFullDisk() {
    assertThat(StorageFull.is(new IOException("Permission denied"))).isFalse();
    assertThat(StorageFull.is(new AlreadyClosedException("this IndexWriter is closed"))).isFalse();
    Exception loop = new Exception("outer");
    Exception inner = new Exception("inner", loop);
    loop.initCause(inner);
    assertThat(StorageFull.is(loop)).isFalse();
  }
}

package org.jixiao.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Stores index records as compact JSON (nulls left out) and reads them back. */
public final class RecordCodec {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .addMixIn(org.jixiao.model.Indicator.class, StoredIndicator.class);

  /** An indicator's main target is one of its targets: the API shows it, the index need not store it. */
  private abstract static class StoredIndicator {
    @com.fasterxml.jackson.annotation.JsonIgnore
    abstract org.jixiao.model.Target target();
  }
  /** A reader per record type: a page decodes ten records, and each lookup of its deserializer by type costs. */
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return MAPPER.readerFor(type);
    }
  };

  private RecordCodec() {}

  public static byte[] encode(Object record) {
    try {
      return MAPPER.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + record.getClass().getSimpleName(), e);
    }
  }

  public static <T> T decode(byte[] bytes, int offset, int length, Class<T> type) {
    try {
      return type.cast(READERS.get(type).readValue(bytes, offset, length));
    } catch (IOException e) {
      throw new UncheckedIOException("stored record cannot be read; rebuild the index with `index --rebuild`", e);
    }
  }
}

package org.jixiao.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;
import org.jixiao.model.Indicator;
import org.jixiao.model.Placement;
import org.jixiao.search.IndicatorHit;
import org.jixiao.search.ProjectHit;

/**
 * How the API and the command line write entries as JSON: each entry flat, one object per indicator
 * or project whatever it is nested of. An indicator's record is the indicator and its placement; a
 * hit is a record and how it was found. A client reads {@code name}, {@code city}, {@code score} on
 * the object it got, as the OpenAPI description lists them. Kept here, as Jackson mix-ins, so that
 * the records themselves say nothing about JSON and the index stores them as they are.
 */
public final class JsonViews {

  private JsonViews() {}

  /** A mapper that writes entries flat. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addMixIn(IndicatorRecord.class, FlatIndicatorRecord.class)
        .addMixIn(IndicatorHit.class, FlatIndicatorHit.class)
        .addMixIn(ProjectHit.class, FlatProjectHit.class);
  }

  private abstract static class FlatIndicatorRecord {
    @JsonUnwrapped
    abstract Indicator indicator();

    @JsonUnwrapped
    abstract Placement placement();
  }

  private abstract static class FlatIndicatorHit {
    @JsonProperty("type")
    abstract String type();

    @JsonUnwrapped
    abstract IndicatorRecord record();
  }

  private abstract static class FlatProjectHit {
    @JsonProperty("type")
    abstract String type();

    @JsonUnwrapped
    abstract ProjectRecord record();
  }
}

package io.workloadplacement.simulator.durable;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.workloadplacement.domain.model.VersionedPlacement;

/**
 * The kept state's records as JSON, exactly: every record by its components (through its own
 * constructor, so a kept value is checked like a new one), times and durations in ISO 8601 to the
 * nanosecond. The format follows the records; {@link SqliteStateStore#FORMAT_VERSION} changes when
 * they change.
 */
final class StateJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .visibility(PropertyAccessor.ALL, Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, Visibility.ANY)
          .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private StateJson() {}

  static String placement(VersionedPlacement placement) {
    return write(placement);
  }

  static VersionedPlacement placement(String json) {
    return read(json, VersionedPlacement.class);
  }

  static String world(WorldState world) {
    return write(world);
  }

  static WorldState world(String json) {
    return read(json, WorldState.class);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}

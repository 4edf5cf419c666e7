package io.workloadplacement.rest.http;

import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * Javalin's JSON mapper on the API's Jackson configuration ({@link JsonMapping}), made on its first
 * use: building the mapper loads a few hundred of Jackson's classes, which a cold start answering
 * {@code /healthz} does not need.
 */
public final class DeferredJavalinJackson implements JsonMapper {

  private static final class Made {
    static final JavalinJackson MAPPER = new JavalinJackson(JsonMapping.objectMapper(), false);
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    return Made.MAPPER.toJsonString(obj, type);
  }

  @Override
  public InputStream toJsonStream(Object obj, Type type) {
    return Made.MAPPER.toJsonStream(obj, type);
  }

  @Override
  public void writeToOutputStream(Stream<?> stream, OutputStream outputStream) {
    Made.MAPPER.writeToOutputStream(stream, outputStream);
  }

  @Override
  public <T> T fromJsonString(String json, Type targetType) {
    return Made.MAPPER.fromJsonString(json, targetType);
  }

  @Override
  public <T> T fromJsonStream(InputStream json, Type targetType) {
    return Made.MAPPER.fromJsonStream(json, targetType);
  }
}

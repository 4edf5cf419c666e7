package io.workloadplacement.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.HttpErrors;
import io.workloadplacement.rest.http.JsonBodies;
import io.workloadplacement.rest.json.JsonPaths;

/**
 * Reads the control API's request bodies into records. The REST adapter's reader does the HTTP part
 * (413, 415, {@code MalformedJson}); binding is strict, since the control API is this project's
 * own: an unknown field, a string for a number or a fraction for an integer is a 400 {@code
 * ValidationError} naming the field's path ({@code rules[0].effect.status}).
 */
final class ControlBodies {

  private static final ObjectMapper BINDER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private ControlBodies() {}

  /** The body as {@code type}; an empty body is a 400 {@code MalformedJson}. */
  static <T> T read(Context ctx, Class<T> type) {
    ObjectNode body =
        JsonBodies.readObject(ctx)
            .orElseThrow(
                () -> new ApiErrorException(HttpErrors.malformedJson("the request body is empty")));
    try {
      T value = BINDER.treeToValue(body, type);
      if (value == null) {
        throw new ApiErrorException(HttpErrors.malformedJson("the request body is empty"));
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new ApiErrorException(ControlErrors.invalid(pathOf(e), "unknown field"));
    } catch (JsonMappingException e) {
      throw new ApiErrorException(ControlErrors.invalid(pathOf(e), problem(e)));
    } catch (JsonProcessingException e) {
      throw new ApiErrorException(HttpErrors.malformedJson(e.getOriginalMessage()));
    }
  }

  /** Where Jackson stopped, or {@code body} when it stopped at the body itself. */
  private static String pathOf(JsonMappingException e) {
    String path = JsonPaths.of(e);
    return path.isEmpty() ? "body" : path;
  }

  /** Jackson's complaint without its Java type names and source excerpt. */
  private static String problem(JsonMappingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "invalid value";
    }
    if (message.contains("Cannot coerce") || message.contains("Cannot deserialize value of type")) {
      return "wrong JSON type: " + expectedType(message);
    }
    return message;
  }

  private static String expectedType(String message) {
    if (message.contains("java.lang.Integer") || message.contains("`int`")) {
      return "expected an integer";
    }
    if (message.contains("java.lang.Double") || message.contains("`double`")) {
      return "expected a number";
    }
    if (message.contains("java.lang.String")) {
      return "expected a string";
    }
    if (message.contains("java.util.List") || message.contains("ArrayList")) {
      return "expected an array";
    }
    return "expected an object";
  }
}

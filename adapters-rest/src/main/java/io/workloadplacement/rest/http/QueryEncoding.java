package io.workloadplacement.rest.http;

import io.javalin.http.Context;
import io.workloadplacement.rest.http.Envelope.FieldError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a query string with a badly percent-encoded name or value, naming each such parameter in
 * one 400 {@code ValidationError}; without it Javalin drops the parameter and the request is served
 * as if it had not been sent ({@code ?limit=%zz} would list everything).
 */
public final class QueryEncoding {

  private QueryEncoding() {}

  /** A before-handler for every request. */
  public static void check(Context ctx) {
    String query = ctx.queryString();
    if (query == null || query.isEmpty()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      PercentEncoding.problemIn(name)
          .or(() -> PercentEncoding.problemIn(value))
          .ifPresent(
              problem ->
                  errors.add(
                      new FieldError(
                          readable(name), "is not correctly percent-encoded: " + problem)));
    }
    if (!errors.isEmpty()) {
      throw new ApiErrorException(HttpErrors.validation(errors));
    }
  }

  /** The parameter's decoded name, or its raw text when the name itself is badly encoded. */
  private static String readable(String rawName) {
    if (PercentEncoding.problemIn(rawName).isPresent()) {
      return rawName;
    }
    return URLDecoder.decode(rawName, StandardCharsets.UTF_8);
  }
}

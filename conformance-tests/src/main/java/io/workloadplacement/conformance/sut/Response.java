package io.workloadplacement.conformance.sut;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP response as the suite sees it.
 *
 * @param status the HTTP status code
 * @param headers the headers, names compared case-insensitively
 * @param body the body as text, empty when there is none
 */
public record Response(int status, Map<String, List<String>> headers, String body) {

  public Response {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = copy;
    body = body == null ? "" : body;
  }

  /** Every value of header {@code name}. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The first value of header {@code name}. */
  public Optional<String> header(String name) {
    return headers(name).stream().findFirst();
  }
}

package io.workloadplacement.conformance.sut;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The token exchange's answer as section 7 shapes it: the SDK builds its result from {@code data}
 * with keyword arguments and takes only {@code token}, so {@code data} is exactly {@code {"token":
 * ...}}; the expiry travels in {@code X-Token-Expires-At}, RFC 3339 UTC.
 */
public final class TokenExchange {

  private TokenExchange() {}

  /** Throws {@link AssertionError} when the answer of a successful exchange has another shape. */
  public static void requireShape(JsonNode data, Optional<String> expiresAt) {
    List<String> keys = new ArrayList<>();
    data.fieldNames().forEachRemaining(keys::add);
    if (!keys.equals(List.of("token"))) {
      throw new AssertionError(
          "POST /api/v1/auth data must be exactly {\"token\"} (section 7), got keys " + keys);
    }
    String header = expiresAt.orElseThrow(() -> new AssertionError("no X-Token-Expires-At"));
    try {
      if (!header.endsWith("Z")) {
        throw new DateTimeParseException("not UTC", header, 0);
      }
      Instant.parse(header);
    } catch (DateTimeParseException e) {
      throw new AssertionError("X-Token-Expires-At " + header + " is not RFC 3339 UTC", e);
    }
  }
}

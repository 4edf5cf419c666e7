package io.workloadplacement.rest.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import io.workloadplacement.rest.http.JsonBodies;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code POST /api/v1/auth} (SDK): exchanges {@code {"apiKey": "..."}} for {@code {"token",
 * "expiresAt"}}. The route exists whether or not authentication is on, so that a client asking a
 * server without keys gets a clear 404 {@code AuthDisabled} rather than a bare unknown route.
 */
public final class AuthRoutes {

  /** Where keys are exchanged for tokens. */
  public static final String PATH = "/api/v1/auth";

  private final boolean enabled;
  private final TokenIssuer tokens;
  private final KeyGuessThrottle guesses;

  /**
   * The route for {@code settings}' keys exchanged through {@code tokens}; answers 404 {@code
   * AuthDisabled} when there are none.
   */
  public AuthRoutes(AuthSettings settings, TokenIssuer tokens) {
    this.enabled = settings.enabled();
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.guesses = new KeyGuessThrottle(settings.guessLimit(), settings.clock());
  }

  /** Answers {@code POST /api/v1/auth}. */
  public void exchange(Context ctx) {
    if (!enabled) {
      throw new ApiErrorException(AuthErrors.disabled());
    }
    // the client's own address: a forwarded-for header is the client's to forge
    String address = ctx.ip();
    guesses
        .waitFor(address)
        .ifPresent(
            wait -> {
              // whole seconds, rounded up: a client that waits as told is let in
              long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
              ctx.header("Retry-After", Long.toString(seconds));
              throw new ApiErrorException(AuthErrors.tooManyGuesses(seconds));
            });
    String apiKey = apiKeyOf(ctx);
    TokenIssuer.IssuedToken issued =
        tokens
            .exchange(apiKey)
            .orElseThrow(
                () -> {
                  guesses.recordFailure(address);
                  return AuthFilter.challenge(
                      ctx, AuthErrors.invalidApiKey(), AuthFilter.plainChallenge());
                });
    Map<String, String> data = new LinkedHashMap<>();
    data.put("token", issued.token());
    // expiresAt is whole seconds already: RFC 3339 UTC as every timestamp of the API
    data.put("expiresAt", DateTimeFormatter.ISO_INSTANT.format(issued.expiresAt()));
    // a token is a credential: no cache may keep the answer
    ctx.header("Cache-Control", "no-store");
    ApiResponses.ok(ctx, "Success", data);
  }

  private static String apiKeyOf(Context ctx) {
    ObjectNode body =
        JsonBodies.readObject(ctx)
            .orElseThrow(
                () -> new ApiErrorException(HttpErrors.malformedJson("the request body is empty")));
    JsonNode apiKey = body.get("apiKey");
    if (apiKey == null || !apiKey.isTextual() || apiKey.asText().isBlank()) {
      throw new ApiErrorException(
          HttpErrors.validation(List.of(new FieldError("apiKey", "must be a non-blank string"))));
    }
    return apiKey.asText();
  }
}

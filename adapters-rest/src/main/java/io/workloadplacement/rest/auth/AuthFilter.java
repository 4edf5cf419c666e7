package io.workloadplacement.rest.auth;

import io.javalin.http.Context;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.rest.http.ApiErrorException;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs before each placement route when authentication is on: a request without a valid bearer
 * token is a 401 with a {@code WWW-Authenticate: Bearer} challenge; otherwise the token's {@link
 * Caller} is kept on the request, and {@link #scopeOf} tells the use cases what it may reach.
 */
public final class AuthFilter {

  private static final String ATTRIBUTE = Caller.class.getName();
  private static final String CHALLENGE = "Bearer realm=\"workload-placement\"";
  private static final String BEARER = "Bearer";

  private final boolean enabled;
  private final TokenIssuer tokens;

  /** A filter that checks tokens against {@code tokens} when {@code enabled}. */
  public AuthFilter(boolean enabled, TokenIssuer tokens) {
    this.enabled = enabled;
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /** The before-handler: refuses a request without a valid token, else records its caller. */
  public void handle(Context ctx) {
    if (!enabled) {
      return;
    }
    Optional<String> token = bearerToken(ctx.header("Authorization"));
    if (token.isEmpty()) {
      throw challenge(ctx, AuthErrors.missingToken(), CHALLENGE);
    }
    Caller caller =
        tokens
            .verify(token.get())
            .orElseThrow(
                () ->
                    challenge(
                        ctx, AuthErrors.invalidToken(), CHALLENGE + ", error=\"invalid_token\""));
    ctx.attribute(ATTRIBUTE, caller);
  }

  /**
   * The credentials of a {@code Bearer} header (possibly empty, which no token matches); empty when
   * there is no header or it names another scheme. The scheme is case-insensitive (RFC 7235).
   */
  private static Optional<String> bearerToken(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = header.trim().split("\\s+", 2);
    if (!parts[0].equalsIgnoreCase(BEARER)) {
      return Optional.empty();
    }
    return Optional.of(parts.length == 2 ? parts[1].trim() : "");
  }

  /**
   * What this request may reach: everything when authentication is off, the caller's scope when it
   * is on. With authentication on and no caller recorded (a route the filter did not run on), this
   * fails rather than fall back to unscoped access.
   */
  public AccessScope scopeOf(Context ctx) {
    if (!enabled) {
      return AccessScope.everything();
    }
    return Optional.<Caller>ofNullable(ctx.attribute(ATTRIBUTE))
        .orElseThrow(() -> new IllegalStateException("no authenticated caller on " + ctx.path()))
        .scope();
  }

  /**
   * The one workspace this request's caller may see, if it is limited to one; empty when
   * authentication is off or the caller is an Owner.
   */
  public Optional<String> workspaceOf(Context ctx) {
    if (!enabled) {
      return Optional.empty();
    }
    Caller caller = ctx.attribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller on " + ctx.path());
    }
    return caller.workspace();
  }

  /** The 401 {@code error}, with the {@code WWW-Authenticate} header RFC 7235 asks of a 401. */
  static ApiErrorException challenge(Context ctx, ApiError error, String challenge) {
    ctx.header("WWW-Authenticate", challenge);
    return new ApiErrorException(error);
  }

  /** The challenge of a 401 that is not about a token (an unknown API key). */
  static String plainChallenge() {
    return CHALLENGE;
  }
}

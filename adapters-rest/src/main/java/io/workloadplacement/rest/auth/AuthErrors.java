package io.workloadplacement.rest.auth;

import io.workloadplacement.rest.http.ApiError;

/**
 * The errors of authentication and access, which the contract names (401, 403) without quoting
 * texts: the texts are this project's (README, REST adapter, Authentication).
 */
public final class AuthErrors {

  private static final String UNAUTHORIZED = "Unauthorized";
  private static final String EXCHANGE_HINT = "; exchange an API key at POST " + AuthRoutes.PATH;

  private AuthErrors() {}

  /** 401: no {@code Authorization: Bearer} header. */
  public static ApiError missingToken() {
    return ApiError.builder(401, UNAUTHORIZED)
        .errorKey(UNAUTHORIZED)
        .errorMessage("Authentication required")
        .dataMessage("Missing bearer token")
        .cause("the request has no Authorization: Bearer header" + EXCHANGE_HINT)
        .reason(UNAUTHORIZED)
        .build();
  }

  /** 401: a bearer token this server did not issue, or one that expired. */
  public static ApiError invalidToken() {
    return ApiError.builder(401, UNAUTHORIZED)
        .errorKey(UNAUTHORIZED)
        .errorMessage("Authentication required")
        .dataMessage("Invalid bearer token")
        .cause("the bearer token is unknown or has expired" + EXCHANGE_HINT)
        .reason(UNAUTHORIZED)
        .build();
  }

  /** 401: {@code POST /api/v1/auth} with a key that is not configured. */
  public static ApiError invalidApiKey() {
    return ApiError.builder(401, UNAUTHORIZED)
        .errorKey("InvalidApiKey")
        .errorMessage("Invalid API key")
        .dataMessage("Error authenticating")
        .cause("the API key is not valid")
        .reason(UNAUTHORIZED)
        .build();
  }

  /** 429: too many wrong API keys from one address; {@code retryAfterSeconds} as sent. */
  public static ApiError tooManyGuesses(long retryAfterSeconds) {
    return ApiError.builder(429, "Too Many Requests")
        .errorKey("TooManyRequests")
        .errorMessage("Too many invalid API keys")
        .dataMessage("Error authenticating")
        .cause(
            "too many invalid API keys from this address; retry after "
                + retryAfterSeconds
                + " seconds")
        .reason("TooManyRequests")
        .build();
  }

  /** 401: {@code POST /api/v1/auth} with a configured key past its expiry (SDK's exact text). */
  public static ApiError expiredApiKey() {
    return ApiError.builder(401, "Api Key has expired")
        .errorKey("ApiKeyExpired")
        .errorMessage("Api Key has expired")
        .dataMessage("Error authenticating")
        .cause("the API key has expired")
        .reason(UNAUTHORIZED)
        .build();
  }

  /**
   * 403: a caller who sees {@code workspaceName} but may not write there. The one role that reads
   * without writing is {@code Viewer}.
   */
  public static ApiError forbidden(String workspaceName) {
    String role = Role.VIEWER.wireName();
    return ApiError.builder(403, "Forbidden")
        .errorKey("Forbidden")
        .errorMessage(role + " role cannot modify workload placements")
        .dataMessage("Forbidden")
        .cause(
            "the "
                + role
                + " role of workspace '"
                + workspaceName
                + "' may only read workload placements")
        .reason("Forbidden")
        .build();
  }

  /** 404: {@code POST /api/v1/auth} on a server with no keys, which asks for no token. */
  public static ApiError disabled() {
    return ApiError.builder(404, "Not Found")
        .errorKey("AuthDisabled")
        .errorMessage("Authentication is not enabled on this server")
        .dataMessage("Authentication is not enabled on this server")
        .cause("no API keys are configured, so requests need no token")
        .reason("NotFound")
        .build();
  }
}

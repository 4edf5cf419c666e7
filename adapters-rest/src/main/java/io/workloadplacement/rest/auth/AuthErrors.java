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
    return ApiError.of(
        401,
        UNAUTHORIZED,
        UNAUTHORIZED,
        "Authentication required",
        "Missing bearer token",
        "the request has no Authorization: Bearer header" + EXCHANGE_HINT,
        UNAUTHORIZED,
        "");
  }

  /** 401: a bearer token this server did not issue, or one that expired. */
  public static ApiError invalidToken() {
    return ApiError.of(
        401,
        UNAUTHORIZED,
        UNAUTHORIZED,
        "Authentication required",
        "Invalid bearer token",
        "the bearer token is unknown or has expired" + EXCHANGE_HINT,
        UNAUTHORIZED,
        "");
  }

  /** 401: {@code POST /api/v1/auth} with a key that is not configured. */
  public static ApiError invalidApiKey() {
    return ApiError.of(
        401,
        UNAUTHORIZED,
        "InvalidApiKey",
        "Invalid API key",
        "Error authenticating",
        "the API key is not valid",
        UNAUTHORIZED,
        "");
  }

  /**
   * 403: a caller who sees {@code workspaceName} but may not write there. The one role that reads
   * without writing is {@code Viewer}.
   */
  public static ApiError forbidden(String workspaceName) {
    String role = Role.VIEWER.wireName();
    return ApiError.of(
        403,
        "Forbidden",
        "Forbidden",
        role + " role cannot modify workload placements",
        "Forbidden",
        "the "
            + role
            + " role of workspace '"
            + workspaceName
            + "' may only read workload placements",
        "Forbidden",
        "");
  }

  /** 404: {@code POST /api/v1/auth} on a server with no keys, which asks for no token. */
  public static ApiError disabled() {
    return ApiError.of(
        404,
        "Not Found",
        "AuthDisabled",
        "Authentication is not enabled on this server",
        "Authentication is not enabled on this server",
        "no API keys are configured, so requests need no token",
        "NotFound",
        "");
  }
}

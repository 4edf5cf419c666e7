package io.workloadplacement.rest.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * CORS for browser apps. With no configured origins any origin on the loopback host (any scheme of
 * http/https, any port) is allowed, which is what a UI developer's dev server needs; otherwise only
 * the configured origins are, and {@code *} allows every origin. Preflights are answered here, 204
 * without a body, before routing could call them 405.
 */
public final class CorsFilter {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  private static final String DEFAULT_ALLOWED_HEADERS =
      "Content-Type, If-Match, X-Request-Id, Authorization";
  private static final String EXPOSED_HEADERS =
      "ETag, Warning, X-Request-Id, Allow, WWW-Authenticate";

  private final List<String> allowedOrigins;

  /** A filter for {@code allowedOrigins}; empty means any loopback origin. */
  public CorsFilter(List<String> allowedOrigins) {
    this.allowedOrigins = List.copyOf(allowedOrigins);
  }

  /**
   * Adds CORS headers for an allowed origin, and answers its preflight; true when it answered one
   * (nothing else is then to be done for the request).
   */
  public boolean handle(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !allows(origin)) {
      return false;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Vary", "Origin");
    ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (ctx.method() == HandlerType.OPTIONS
        && ctx.header("Access-Control-Request-Method") != null) {
      String requested = ctx.header("Access-Control-Request-Headers");
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header(
          "Access-Control-Allow-Headers", requested != null ? requested : DEFAULT_ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
      return true;
    }
    return false;
  }

  /** True when a browser page from {@code origin} may call the API. */
  public boolean allows(String origin) {
    if (allowedOrigins.isEmpty()) {
      return isLoopback(origin);
    }
    return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
  }

  private static boolean isLoopback(String origin) {
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme();
      return ("http".equals(scheme) || "https".equals(scheme))
          && uri.getHost() != null
          && LOOPBACK_HOSTS.contains(uri.getHost())
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

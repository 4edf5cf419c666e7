package io.workloadplacement.rest.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RouterConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Javalin's router, finding a request's route and its path parameters without regular expressions
 * where the route's path is a {@link PlainPath}. Javalin runs each route's expression in turn until
 * one matches, then the route's expression again to read the parameters: GET by name, the API's
 * most frequent call, paid for one expression per route declared ahead of it and two of its own.
 * Routes are still tried in the order they were declared, and any other path is matched by Javalin,
 * so the route found is the one Javalin would find and its handler sees the parameters Javalin
 * would read ({@code PlainPathRouterTest} holds both on the API's routes).
 *
 * <p>A plain route with parameters is found as its shortcut: an endpoint whose own path has none,
 * so Javalin reads nothing, and whose handler gives the context the route and the parameters its
 * segments hold, then calls the route's handler. {@link #declaredRoute} tells the route from its
 * shortcut, for what reports routes (Javalin's {@code matchedHttpEndpoint()} is the shortcut).
 * Javalin's handler wrapper and route roles are not applied to shortcuts; the API uses neither.
 */
public final class PlainPathRouter extends InternalRouter {

  private final RouterConfig routerConfig;
  // each method's routes in the order declared; replaced, never changed, when one is added
  private final Map<HandlerType, Route[]> routes = new ConcurrentHashMap<>();

  private PlainPathRouter(JavalinConfig config) {
    super(config.unsafe.wsRouter, config.unsafe.eventManager, config.router, config.jetty);
    this.routerConfig = config.router;
  }

  /**
   * Makes it the router of {@code config}.
   *
   * @throws IllegalStateException when routes were declared already (they would be lost)
   */
  public static void install(JavalinConfig config) {
    if (!config.unsafe.internalRouter.allHttpHandlers().isEmpty()) {
      throw new IllegalStateException("install the router before any route is declared");
    }
    config.unsafe.internalRouter = new PlainPathRouter(config);
  }

  @Override
  public InternalRouter addHttpEndpoint(Endpoint endpoint) {
    super.addHttpEndpoint(endpoint);
    ParsedEndpoint parsed = parsedOf(endpoint);
    Route route = new Route(parsed, PlainPath.of(endpoint.path, routerConfig), routerConfig);
    routes.merge(
        endpoint.method,
        new Route[] {route},
        (declared, added) -> {
          Route[] all = Arrays.copyOf(declared, declared.length + 1);
          all[declared.length] = added[0];
          return all;
        });
    return this;
  }

  @Override
  public ParsedEndpoint findFirstHttpHandlerEntry(HandlerType method, String requestUri) {
    Route[] declared = routes.get(method);
    if (declared == null) {
      return super.findFirstHttpHandlerEntry(method, requestUri);
    }
    for (Route route : declared) {
      if (route.matches(requestUri)) {
        return route.found;
      }
    }
    return null;
  }

  /** The route {@code endpoint} serves: itself, or the route it is the shortcut of. */
  public static Endpoint declaredRoute(Endpoint endpoint) {
    Shortcut shortcut = endpoint.metadata(Shortcut.class);
    return shortcut == null ? endpoint : shortcut.route;
  }

  /**
   * Whether the route of {@code method} and {@code path} is matched without Javalin's expression.
   */
  boolean matchesPlainly(HandlerType method, String path) {
    Route[] declared = routes.getOrDefault(method, new Route[0]);
    return Arrays.stream(declared)
        .anyMatch(route -> route.parsed.endpoint.path.equals(path) && route.plain != null);
  }

  // the router keeps what it parsed; the endpoint was just added, so it is found from the end
  private ParsedEndpoint parsedOf(Endpoint endpoint) {
    List<ParsedEndpoint> all = allHttpHandlers();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).endpoint == endpoint) {
        return all.get(i);
      }
    }
    throw new IllegalStateException("Javalin did not keep the route " + endpoint.path);
  }

  private static final class Route {
    final ParsedEndpoint parsed;
    final PlainPath plain;
    // what a request it matches is handed to: the route, or its shortcut
    final ParsedEndpoint found;

    Route(ParsedEndpoint parsed, Optional<PlainPath> plain, RouterConfig router) {
      this.parsed = parsed;
      this.plain = plain.orElse(null);
      this.found =
          this.plain != null && this.plain.hasParameters()
              ? Shortcut.of(parsed.endpoint, this.plain, router)
              : parsed;
    }

    // Javalin's own test, in its order: any path, the same path, then the expression
    boolean matches(String requestUri) {
      if (plain != null) {
        return plain.matches(requestUri);
      }
      String path = parsed.endpoint.path;
      return path.equals("*") || path.equals(requestUri) || parsed.matches(requestUri);
    }
  }

  /** Marks an endpoint as the shortcut of {@code route}. */
  private static final class Shortcut implements EndpointMetadata {
    final Endpoint route;

    private Shortcut(Endpoint route) {
      this.route = route;
    }

    static ParsedEndpoint of(Endpoint route, PlainPath plain, RouterConfig router) {
      Handler handler =
          ctx -> {
            ((JavalinServletContext) ctx).update(route, plain.parametersOf(ctx.path()));
            route.handler.handle(ctx);
          };
      // a path without parameters ('{' and '}' would make some), named after the route's
      String path = route.path.replace('{', '[').replace('}', ']');
      return new ParsedEndpoint(
          new Endpoint(route.method, path, handler, Set.of(new Shortcut(route))), router);
    }
  }
}

package io.workloadplacement.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.workloadplacement.domain.fixtures.InMemoryServices;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The router finds the route Javalin would, for every request path: {@link PlainPath} says what
 * Javalin's expression says, and the API's routes, declared in their order, resolve alike.
 */
class PlainPathRouterTest {

  private static final String BASE = "/api/v1/workload-placement";

  // segments a request path is made of: the API's words, odd characters, empty segments
  private static final List<String> PIECES =
      List.of(
          "api",
          "v1",
          "workload-placement",
          "watch",
          "get",
          "workspace",
          "enable-egs",
          "healthz",
          "readyz",
          "p-1",
          "",
          "a.b",
          "%2F",
          "x y",
          "é",
          "\n",
          "{name}",
          "*",
          "-",
          "docs",
          "a+b",
          "%C3%A9%20x",
          "%zz");

  private static final List<String> TEMPLATES =
      List.of(
          BASE,
          BASE + "/{name}",
          BASE + "/watch",
          BASE + "/get/{name}",
          BASE + "/workspace/{workspaceName}",
          BASE + "/{name}/enable-egs",
          "/healthz",
          "/{a}",
          "/{a}/{b}",
          "/api/{version}/workload-placement");

  @Test
  void aPlainPathMatchesWhatJavalinsExpressionMatches() {
    for (boolean ignoreTrailingSlashes : new boolean[] {true, false}) {
      RouterConfig router = new RouterConfig();
      router.ignoreTrailingSlashes = ignoreTrailingSlashes;
      for (String template : TEMPLATES) {
        PlainPath plain = PlainPath.of(template, router).orElseThrow();
        ParsedEndpoint javalin = parsed(HandlerType.GET, template, router);
        for (String path : requestPaths(template)) {
          assertThat(plain.matches(path))
              .as(
                  "%s against %s (trailing slashes ignored: %s)",
                  template, path, ignoreTrailingSlashes)
              .isEqualTo(javalin.matches(path));
        }
      }
    }
  }

  @Test
  void theParametersAreWhatJavalinReadsDecoded() {
    RouterConfig router = new RouterConfig();
    for (String template : TEMPLATES) {
      PlainPath plain = PlainPath.of(template, router).orElseThrow();
      ParsedEndpoint javalin = parsed(HandlerType.GET, template, router);
      for (String path : requestPaths(template)) {
        if (!javalin.matches(path)) {
          continue;
        }
        Object expected = readOrFailure(() -> javalin.extractPathParams(path));
        assertThat(readOrFailure(() -> plain.parametersOf(path)))
            .as("%s from %s", template, path)
            .isEqualTo(expected);
        // behind a context path, the parameters are read from the end
        assertThat(readOrFailure(() -> plain.parametersOf("/context" + path)))
            .as("%s from /context%s", template, path)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aRouteWithParametersIsFoundAsItsShortcutAndReportedAsItself() {
    PlainPathRouter router = (PlainPathRouter) api().unsafe.internalRouter;

    ParsedEndpoint byName = router.findFirstHttpHandlerEntry(HandlerType.GET, BASE + "/p-1");
    assertThat(byName.extractPathParams(BASE + "/p-1")).as("nothing left for Javalin").isEmpty();
    assertThat(PlainPathRouter.declaredRoute(byName.endpoint).path).isEqualTo(BASE + "/{name}");
    ParsedEndpoint list = router.findFirstHttpHandlerEntry(HandlerType.GET, BASE);
    assertThat(PlainPathRouter.declaredRoute(list.endpoint)).isSameAs(list.endpoint);
  }

  @Test
  void pathsWhoseExpressionSaysMoreThanSegmentsAreLeftToJavalin() {
    RouterConfig router = new RouterConfig();
    Stream.of("/docs/*", "/a/<rest>", "/a/{x}-{y}", "/openapi.json", "/", "", "/a//b", "/a/")
        .forEach(path -> assertThat(PlainPath.of(path, router)).as(path).isEmpty());

    RouterConfig caseInsensitive = new RouterConfig();
    caseInsensitive.caseInsensitiveRoutes = true;
    assertThat(PlainPath.of("/healthz", caseInsensitive)).isEmpty();
    RouterConfig slashes = new RouterConfig();
    slashes.treatMultipleSlashesAsSingleSlash = true;
    assertThat(PlainPath.of("/healthz", slashes)).isEmpty();
  }

  @Test
  void theApiFindsTheRouteJavalinWouldForEveryMethodAndPath() {
    Javalin app = api();
    InternalRouter router = app.unsafe.internalRouter;
    assertThat(router).isInstanceOf(PlainPathRouter.class);
    List<ParsedEndpoint> declared = router.allHttpHandlers();
    List<String> paths = new ArrayList<>();
    declared.forEach(parsed -> paths.addAll(requestPaths(parsed.endpoint.path)));
    for (HandlerType method :
        List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)) {
      for (String path : paths) {
        assertThat(declaredOf(router.findFirstHttpHandlerEntry(method, path)))
            .as("%s %s", method, path)
            .isSameAs(endpointOf(javalinsFirst(declared, method, path)));
      }
    }
  }

  @Test
  void everyPlacementRouteIsMatchedWithoutAnExpression() {
    PlainPathRouter router = (PlainPathRouter) api().unsafe.internalRouter;
    // GET by name is tried after the watch: both are matched by segments
    assertThat(router.matchesPlainly(HandlerType.GET, BASE + "/watch")).isTrue();
    assertThat(router.matchesPlainly(HandlerType.GET, BASE + "/{name}")).isTrue();
    assertThat(router.matchesPlainly(HandlerType.GET, BASE)).isTrue();
    assertThat(router.matchesPlainly(HandlerType.POST, BASE)).isTrue();
    assertThat(router.matchesPlainly(HandlerType.PUT, BASE + "/{name}")).isTrue();
    assertThat(router.matchesPlainly(HandlerType.DELETE, BASE + "/{name}")).isTrue();
    assertThat(router.matchesPlainly(HandlerType.GET, "/healthz")).isTrue();
    // a route that is not plain is still there, matched by Javalin
    assertThat(router.matchesPlainly(HandlerType.GET, "/openapi.json")).isFalse();
  }

  @Test
  void installingAfterARouteWasDeclaredIsRefused() {
    assertThatThrownBy(
            () ->
                Javalin.create(
                    config -> {
                      config.routes.get("/healthz", ctx -> {});
                      PlainPathRouter.install(config);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before any route");
  }

  private static Javalin api() {
    PlacementService service = InMemoryServices.anyWorkspace(MutableClock.atSeedTime());
    return PlacementApi.create(
        PlacementApiSettings.builder(service, Validators.placementValidator())
            .watch(
                new WatchEndpoint(
                    (initial, subscriber) -> () -> {}, WatchEndpoint.DEFAULT_HEARTBEAT))
            .build());
  }

  // Javalin's PathMatcher: a method's routes in order; any path, the same path, the expression
  private static ParsedEndpoint javalinsFirst(
      List<ParsedEndpoint> declared, HandlerType method, String path) {
    return declared.stream()
        .filter(parsed -> parsed.endpoint.method.equals(method))
        .filter(
            parsed ->
                parsed.endpoint.path.equals("*")
                    || parsed.endpoint.path.equals(path)
                    || parsed.matches(path))
        .findFirst()
        .orElse(null);
  }

  private static Endpoint endpointOf(ParsedEndpoint parsed) {
    return parsed == null ? null : parsed.endpoint;
  }

  private static Endpoint declaredOf(ParsedEndpoint parsed) {
    return parsed == null ? null : PlainPathRouter.declaredRoute(parsed.endpoint);
  }

  // the parameters read, or the kind of failure reading them (a malformed escape)
  private static Object readOrFailure(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private static ParsedEndpoint parsed(HandlerType method, String path, RouterConfig router) {
    return new ParsedEndpoint(new Endpoint(method, path, ctx -> {}), router);
  }

  /**
   * Paths near {@code template}: the template with its parameters filled, its segments changed,
   * dropped or added one at a time, slashes added, and random paths of the same pieces.
   */
  private static List<String> requestPaths(String template) {
    Random random = new Random(template.hashCode());
    List<String> paths = new ArrayList<>();
    String filled = template.replaceAll("\\{[^}/]+}", "p-1");
    paths.add(filled);
    paths.add(filled + "/");
    paths.add(filled + "//");
    paths.add("/" + filled);
    paths.add(filled + "/x");
    paths.add(filled.toUpperCase(java.util.Locale.ROOT));
    String[] segments = filled.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      for (String piece : PIECES) {
        String[] changed = segments.clone();
        changed[i] = piece;
        paths.add(String.join("/", changed));
        paths.add(String.join("/", changed) + "/");
      }
      paths.add(String.join("/", java.util.Arrays.copyOf(segments, i)));
    }
    for (int n = 0; n < 200; n++) {
      StringBuilder path = new StringBuilder();
      int length = random.nextInt(6);
      for (int s = 0; s < length; s++) {
        path.append('/').append(PIECES.get(random.nextInt(PIECES.size())));
      }
      if (random.nextInt(4) == 0) {
        path.append('/');
      }
      paths.add(path.toString());
    }
    return paths;
  }
}

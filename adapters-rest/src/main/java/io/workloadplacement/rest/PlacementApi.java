package io.workloadplacement.rest;

import static io.workloadplacement.rest.placement.PlacementController.BASE;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.rest.auth.AuthFilter;
import io.workloadplacement.rest.auth.AuthRoutes;
import io.workloadplacement.rest.auth.TokenIssuer;
import io.workloadplacement.rest.docs.DocumentedExtension;
import io.workloadplacement.rest.docs.OpenApiDocument;
import io.workloadplacement.rest.docs.OpenApiFragment;
import io.workloadplacement.rest.docs.SwaggerUiPage;
import io.workloadplacement.rest.http.AccessLog;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.CorsFilter;
import io.workloadplacement.rest.http.DeferredJavalinJackson;
import io.workloadplacement.rest.http.JettyCacheLines;
import io.workloadplacement.rest.http.JettyErrorEnvelopes;
import io.workloadplacement.rest.http.JsonBodies;
import io.workloadplacement.rest.http.PlainPathRouter;
import io.workloadplacement.rest.http.QueryEncoding;
import io.workloadplacement.rest.http.RequestIds;
import io.workloadplacement.rest.placement.PlacementCall;
import io.workloadplacement.rest.placement.PlacementController;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.util.List;

/**
 * Builds the Workload Placement API as a configured, unstarted {@link Javalin} app: the placement
 * routes of the contract, the watch stream when the backend has one, health and readiness, the
 * OpenAPI document and Swagger UI, CORS, request ids and one access-log line per request,
 * bearer-token authentication when keys are configured, every answer in the envelope.
 */
public final class PlacementApi {

  private PlacementApi() {}

  /** The app for {@code settings}; start it with {@code start(port)} (0 for any free port). */
  public static Javalin create(PlacementApiSettings settings) {
    boolean authEnabled = settings.auth().enabled();
    TokenIssuer tokens = new TokenIssuer(settings.auth());
    AuthFilter auth = new AuthFilter(authEnabled, tokens);
    AuthRoutes authRoutes = new AuthRoutes(settings.auth(), tokens);
    PlacementController placements =
        new PlacementController(
            ctx -> useCasesFor(ctx, settings), auth::scopeOf, settings.validator());
    ServiceRoutes service = new ServiceRoutes(settings.readiness());
    CorsFilter cors = new CorsFilter(settings.allowedOrigins());
    // the document describes the extensions' routes too, where they document them; merged on
    // the first request for it, since reading the JSON trees is a good part of a cold start
    OpenApiDocument.Merged document =
        new OpenApiDocument.Merged(
            () ->
                OpenApiFragment.mergeInto(
                    OpenApiDocument.bytes(settings.watch().isPresent()),
                    settings.extensions().stream()
                        .filter(DocumentedExtension.class::isInstance)
                        .map(extension -> ((DocumentedExtension) extension).openApi())
                        .toList()));
    return Javalin.create(
        config -> {
          PlainPathRouter.install(config);
          configureHttp(config);
          RoutesConfig routes = config.routes;
          // one before-handler, not three: each is a task of every request
          routes.before(
              ctx -> {
                RequestIds.assign(ctx);
                if (!cors.handle(ctx)) {
                  QueryEncoding.check(ctx);
                }
              });
          // only the placement routes, and only once matched: unknown routes stay 404 and wrong
          // methods 405; health, documentation and extensions are never behind a token. Without
          // keys there is no filter at all: matching it costs every request two path matches.
          if (authEnabled) {
            routes.beforeMatched(BASE, auth::handle);
            routes.beforeMatched(BASE + "/*", auth::handle);
          }
          settings.routesAhead().forEach(declare -> declare.accept(routes));
          settings
              .watch()
              .ifPresent(
                  watch -> {
                    // ahead of GET {name}, which would take the path for a placement's name
                    routes.get(
                        WatchEndpoint.PATH, ctx -> watch.serve(ctx, auth.scopeOf(ctx).workspace()));
                    // ending the streams first lets a graceful stop finish at once
                    config.events.serverStopping(watch::close);
                  });
          // GET by name first after the watch: Javalin tries a method's routes in order, and no
          // other GET route has one segment after the base (cheaper for the most frequent call)
          routes.get(BASE + "/{name}", placements::get);
          routes.post(AuthRoutes.PATH, authRoutes::exchange);
          routes.post(BASE, placements::create);
          routes.get(BASE, placements::list);
          routes.get(BASE + "/workspace/{workspaceName}", placements::listWorkspace);
          routes.get(BASE + "/get/{name}", placements::get);
          routes.put(BASE + "/{name}", placements::update);
          routes.put(BASE + "/{name}/enable-egs", placements::enableEgs);
          routes.delete(BASE + "/{name}", placements::delete);
          routes.get("/healthz", service::health);
          routes.get("/readyz", service::readiness);
          routes.get(OpenApiDocument.PATH, ctx -> OpenApiDocument.serve(ctx, document.bytes()));
          routes.get(SwaggerUiPage.PATH, SwaggerUiPage::serve);
          ErrorHandling.register(routes);
          settings.extensions().forEach(extension -> extension.accept(config));
        });
  }

  /** The use cases of one request: the settings', wrapped by the decorators. */
  private static PlacementUseCases useCasesFor(Context ctx, PlacementApiSettings settings) {
    PlacementUseCases useCases = settings.useCases();
    PlacementCall call = PlacementCall.of(ctx);
    for (UseCaseDecorator decorator : settings.decorators()) {
      useCases = decorator.decorate(useCases, call);
    }
    return useCases;
  }

  private static void configureHttp(JavalinConfig config) {
    JettyCacheLines.configure();
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = JsonBodies.MAX_BYTES;
    // a known path with another method is a 405, as the contract lists it
    config.http.prefer405over404 = true;
    // Javalin's default compression (gzip when asked, above 1,500 bytes, not media already
    // compressed), told that JSON, nearly every answer, may be compressed: that spares each
    // answer Javalin's case-insensitive search of its content type for every excluded type
    CompressionStrategy compression = new CompressionStrategy(null, new Gzip());
    compression.setAllowedMimeTypes(List.of(ApiResponses.JSON));
    config.http.compressionStrategy = compression;
    config.jsonMapper(new DeferredJavalinJackson());
    // Swagger UI's files, which the /docs page loads. Javalin's own handler reads files through the
    // class loader; Jetty's, the default, mounts the whole jar as a zip file system at start.
    config.resourceHandler(new JavalinStaticResourceHandler());
    config.staticFiles.enableWebjars();
    config.requestLogger.http(new AccessLog());
    // what Jetty refuses before Javalin sees it is answered in the envelope too
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorEnvelopes()));
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new JettyErrorEnvelopes()));
  }
}

package io.workloadplacement.k8s.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.domain.service.PlacementValidator;
import io.workloadplacement.k8s.Fabric8WorkspaceDirectory;
import io.workloadplacement.k8s.InformerPlacementWatch;
import io.workloadplacement.k8s.KubernetesStore;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import io.workloadplacement.rest.watch.WatchEndpoint;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The composition root of the Kubernetes-backed server: placements kept as custom resources by a
 * {@link KubernetesStore}, the domain's services on them, and the REST adapter serving the API, the
 * watch stream (fed by an informer, so it shows every replica's changes), health, readiness and
 * metrics on one port. Any number of replicas can serve one namespace. Tests start it on port 0;
 * {@link KubernetesServerCommand} starts it from the command line.
 */
public final class KubernetesServer implements AutoCloseable {

  /** The key of {@code --api-keys-secret}'s Secret that lists the API keys. */
  public static final String API_KEYS_SECRET_KEY = "api-keys";

  private final KubernetesStore store;
  private final ValidatorFactory validatorFactory;
  private final InformerPlacementWatch placementWatch;
  private final Fabric8WorkspaceDirectory workspaces;
  private final WatchEndpoint watch;
  private final AuthSettings auth;
  private final Javalin app;
  private final String host;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KubernetesServer(KubernetesServerSettings settings) {
    this.host = settings.host();
    this.store = KubernetesStore.connect(settings.cluster(), settings.namespace().orElse(null));
    this.validatorFactory = Validation.buildDefaultValidatorFactory();
    try {
      if (settings.installDefinition()) {
        store.installDefinition();
      }
      this.auth = auth(settings);
      this.placementWatch = store.placementWatch();
      this.workspaces = store.workspaceDirectory(settings.workspacesConfigMap());
      PlacementValidator validator = new PlacementValidator(validatorFactory.getValidator());
      // the watch comes from the informer, which sees every replica's writes: nothing to publish
      PlacementService placements =
          new PlacementService(
              store.placementRepository(),
              workspaces,
              validator,
              PlacementEventPublisher.none(),
              Clock.systemUTC());
      this.watch = new WatchEndpoint(placementWatch, settings.heartbeat());
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      Gauge.builder("workload_placement_watch_subscribers", watch, WatchEndpoint::openStreams)
          .description("open watch streams")
          .register(registry);
      PlacementApiSettings.Builder api =
          PlacementApiSettings.builder(placements, validator)
              .watch(watch)
              .readiness(this::isReady)
              .extension(new MetricsEndpoint(registry))
              .auth(auth);
      if (!settings.stopTimeout().isZero()) {
        api.extension(javalin -> stopGracefully(javalin, settings));
      }
      settings.allowedOrigins().forEach(api::allowOrigin);
      this.app = PlacementApi.create(api.build());
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      closeBackend();
      throw e;
    }
  }

  /**
   * Connects to the cluster and starts serving as {@code settings} say. It does not wait for the
   * informers: until they have synced, {@code /readyz} answers 503.
   *
   * @throws IllegalArgumentException when the API key Secret holds a bad key
   * @throws IllegalStateException when the API key Secret is missing or lacks its key, or the CRD
   *     to install exists and is not this project's
   * @throws io.workloadplacement.domain.failure.StoreUnavailableException when the API server
   *     cannot be reached for what starting needs (the CRD, the API key Secret)
   */
  public static KubernetesServer start(KubernetesServerSettings settings) {
    return new KubernetesServer(Objects.requireNonNull(settings, "settings"));
  }

  private AuthSettings auth(KubernetesServerSettings settings) {
    List<ApiKey> keys = new ArrayList<>(settings.apiKeys());
    settings
        .apiKeysSecret()
        .ifPresent(
            secret -> {
              String where = "Secret \"" + secret + "\" in namespace \"" + store.namespace() + "\"";
              String text =
                  store
                      .secretText(secret, API_KEYS_SECRET_KEY)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "the " + where + " has no key \"" + API_KEYS_SECRET_KEY + "\""));
              keys.addAll(ApiKeyLines.parse(text, "the " + where));
            });
    return AuthSettings.of(keys).withGuessLimit(settings.keyGuessLimit());
  }

  // Jetty waits for requests in flight only behind a GracefulHandler, and only for so long
  private static void stopGracefully(JavalinConfig config, KubernetesServerSettings settings) {
    config.jetty.modifyServer(
        server -> {
          server.insertHandler(new GracefulHandler());
          server.setStopTimeout(settings.stopTimeout().toMillis());
        });
  }

  /**
   * True once both informers have listed and are watching (so the API server answers) and the
   * workspace ConfigMap exists; what {@code /readyz} says.
   */
  public boolean isReady() {
    return placementWatch.hasSynced() && workspaces.isReadable();
  }

  /** The namespace it serves. */
  public String namespace() {
    return store.namespace();
  }

  /** The authentication in effect (keys from the file and the Secret). */
  public AuthSettings auth() {
    return auth;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port}, with an IPv6 host in brackets. */
  public String baseUrl() {
    String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  /** How many watch streams are open. */
  public int openWatchStreams() {
    return watch.openStreams();
  }

  /**
   * Stops: the app ends the watch streams and lets Jetty finish the requests in flight for up to
   * the stop timeout; then the informers stop and the client closes. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      closeBackend();
    }
  }

  private void closeBackend() {
    try {
      store.close();
    } finally {
      validatorFactory.close();
    }
  }
}

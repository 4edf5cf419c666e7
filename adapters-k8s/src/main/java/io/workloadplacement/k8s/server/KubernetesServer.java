package io.workloadplacement.k8s.server;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.domain.service.PlacementValidator;
import io.workloadplacement.k8s.Fabric8WorkspaceDirectory;
import io.workloadplacement.k8s.InformerPlacementWatch;
import io.workloadplacement.k8s.KubernetesStore;
import io.workloadplacement.k8s.controller.LeaderElectionSettings;
import io.workloadplacement.k8s.controller.PlacementController;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.http.GracefulStop;
import io.workloadplacement.rest.launch.BaseUrl;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import io.workloadplacement.rest.watch.WatchEndpoint;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the Kubernetes-backed server: placements kept as custom resources by a
 * {@link KubernetesStore}, the domain's services on them, the REST adapter serving the API, the
 * watch stream (fed by an informer, so it shows every replica's changes), health, readiness and
 * metrics on one port, and optionally the {@link PlacementController} that drives placements. Any
 * number of replicas can serve one namespace. Tests start it on port 0; {@link
 * KubernetesServerCommand} starts it from the command line.
 */
public final class KubernetesServer implements AutoCloseable {

  /** The key of {@code --api-keys-secret}'s Secret that lists the API keys. */
  public static final String API_KEYS_SECRET_KEY = "api-keys";

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesServer.class);

  // the services' clock and the controller's: bursts are timed on the one clock
  private static final Clock CLOCK = Clock.systemUTC();

  private final KubernetesStore store;
  private final ValidatorFactory validatorFactory;
  private final InformerPlacementWatch placementWatch;
  private final Fabric8WorkspaceDirectory workspaces;
  private final WatchEndpoint watch;
  private final KubernetesMetrics metrics;
  private final Optional<PlacementController> controller;
  private final AuthSettings auth;
  private final Javalin app;
  private final String host;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KubernetesServer(
      KubernetesServerSettings settings,
      Runnable onLeadershipLost,
      Optional<ControllerSteps> steps) {
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
      PlacementRepository repository = store.placementRepository();
      // the watch comes from the informer, which sees every replica's writes: nothing to publish
      PlacementService placements =
          new PlacementService(
              repository, workspaces, validator, PlacementEventPublisher.none(), CLOCK);
      this.controller =
          settings.controller().enabled()
              ? Optional.of(
                  startController(settings.controller(), repository, onLeadershipLost, steps))
              : Optional.empty();
      this.watch = new WatchEndpoint(placementWatch, settings.heartbeat());
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      this.metrics = new KubernetesMetrics(placementWatch, watch, this, registry);
      PlacementApiSettings.Builder api =
          PlacementApiSettings.builder(placements, validator)
              .watch(watch)
              .readiness(this::isReady)
              .extension(new MetricsEndpoint(registry))
              .auth(auth);
      if (!settings.stopTimeout().isZero()) {
        api.extension(javalin -> GracefulStop.configure(javalin, settings.stopTimeout()));
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
   * Connects to the cluster and starts serving as {@code settings} say; when this replica loses the
   * leadership of the controller it logs it and no longer drives placements (a server that is to be
   * restarted then passes its own callback). See {@link #start(KubernetesServerSettings,
   * Runnable)}.
   */
  public static KubernetesServer start(KubernetesServerSettings settings) {
    return start(settings, KubernetesServer::logLostLease);
  }

  /**
   * Connects to the cluster and starts serving as {@code settings} say. It does not wait for the
   * informers: until they have synced, {@code /readyz} answers 503. With the controller on, it
   * starts it first, which lists the cluster Secrets (so the API server must answer), and runs
   * {@code onLeadershipLost} if this replica holds the Lease and then loses it.
   *
   * @throws IllegalArgumentException when the API key Secret holds a bad key
   * @throws IllegalStateException when the API key Secret is missing or lacks its key, or the CRD
   *     to install exists and is not this project's
   * @throws io.workloadplacement.domain.failure.StoreUnavailableException when the API server
   *     cannot be reached for what starting needs (the CRD, the API key Secret)
   */
  public static KubernetesServer start(
      KubernetesServerSettings settings, Runnable onLeadershipLost) {
    return new KubernetesServer(
        Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(onLeadershipLost, "onLeadershipLost"),
        Optional.empty());
  }

  /**
   * As {@link #start(KubernetesServerSettings)}, its controller running steps as {@code steps} say.
   */
  static KubernetesServer start(KubernetesServerSettings settings, ControllerSteps steps) {
    return new KubernetesServer(
        Objects.requireNonNull(settings, "settings"),
        KubernetesServer::logLostLease,
        Optional.of(steps));
  }

  private static void logLostLease() {
    LOG.error("this replica lost the Lease and no longer drives placements");
  }

  private PlacementController startController(
      ControllerSettings settings,
      PlacementRepository repository,
      Runnable onLeadershipLost,
      Optional<ControllerSteps> steps) {
    PlacementController.Builder builder =
        steps
            .map(chosen -> store.controller(chosen.manifestVerb(), chosen.helm()))
            .orElseGet(store::controller)
            .watch(placementWatch)
            .lifecycle(
                new PlacementLifecycleService(repository, PlacementEventPublisher.none(), CLOCK))
            .clock(CLOCK);
    if (settings.leaderElection()) {
      builder.leaderElection(
          LeaderElectionSettings.of(settings.leaseName(), settings.identity(), onLeadershipLost));
    }
    PlacementController started = builder.build();
    started.start();
    return started;
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

  /**
   * True once both informers have listed and are watching (so the API server answers) and the
   * workspace ConfigMap exists; what {@code /readyz} says.
   */
  public boolean isReady() {
    return placementWatch.hasSynced() && workspaces.isReadable();
  }

  /** True while this replica's controller drives placements (it holds the Lease, or needs none). */
  public boolean isDriving() {
    return controller.map(PlacementController::isDriving).orElse(false);
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
    return BaseUrl.of(host, port());
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
      metrics.close();
    } finally {
      closeBackend();
    }
  }

  private void closeBackend() {
    try {
      // the constructor may fail before the controller is assigned
      if (controller != null) {
        controller.ifPresent(PlacementController::close);
      }
      store.close();
    } finally {
      validatorFactory.close();
    }
  }
}

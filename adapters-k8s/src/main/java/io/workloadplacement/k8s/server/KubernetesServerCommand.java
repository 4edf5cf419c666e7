package io.workloadplacement.k8s.server;

import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import io.workloadplacement.rest.launch.JarVersion;
import io.workloadplacement.rest.launch.ListenOptions;
import io.workloadplacement.rest.launch.ServeUntilStopped;
import io.workloadplacement.rest.launch.ServerCommandLine;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of the executable jar {@code workload-placement-server.jar}: finds the cluster
 * as {@code kubectl} does, starts a {@link KubernetesServer}, prints its URLs, and stops it
 * gracefully on SIGTERM or Ctrl+C.
 */
@Command(
    name = "workload-placement-server",
    mixinStandardHelpOptions = true,
    versionProvider = KubernetesServerCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Serves the Workload Placement API with placements kept as WorkloadPlacement resources"
            + " in a Kubernetes namespace; any number of replicas may serve one namespace. The"
            + " cluster is found as kubectl finds it: KUBECONFIG, ~/.kube/config, or the pod's"
            + " service account.")
public final class KubernetesServerCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "0.0.0.0",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin ListenOptions listen;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "Namespace of the placements, the workspace ConfigMap, the API key Secret and the"
              + " Lease (default: the kubeconfig context's, or the service account's).")
  String namespace;

  @Option(
      names = "--workspaces-configmap",
      paramLabel = "NAME",
      defaultValue = KubernetesServerSettings.DEFAULT_WORKSPACES_CONFIGMAP,
      description =
          "ConfigMap listing the workspaces (keys) and their clusters (values, comma separated)"
              + " (default: ${DEFAULT-VALUE}).")
  String workspacesConfigMap;

  @Option(
      names = "--api-keys-file",
      paramLabel = "FILE",
      converter = ApiKeysFileConverter.class,
      description =
          "API keys, one per line: KEY:Owner, KEY:Editor:WORKSPACE or KEY:Viewer:WORKSPACE,"
              + " optionally ending @2026-12-31T00:00:00Z; blank lines and # comments are"
              + " skipped. Any key turns authentication on (default: no authentication).")
  ApiKeysFile apiKeysFile = new ApiKeysFile(List.of());

  @Option(
      names = "--api-keys-secret",
      paramLabel = "NAME",
      description =
          "A Secret of the namespace whose key \"api-keys\" lists more API keys in the same"
              + " format, read at start.")
  String apiKeysSecret;

  @Option(
      names = "--controller",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Drive placements through their lifecycle; --no-controller serves the API only"
              + " (default: on).")
  boolean controller;

  @Option(
      names = "--leader-election",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Drive placements only while holding the Lease, so one replica drives at a time;"
              + " --no-leader-election for a single replica (default: on).")
  boolean leaderElection;

  @Option(
      names = "--lease-name",
      paramLabel = "NAME",
      defaultValue = ControllerSettings.DEFAULT_LEASE_NAME,
      description = "The Lease replicas compete for (default: ${DEFAULT-VALUE}).")
  String leaseName;

  @Option(
      names = "--identity",
      paramLabel = "ID",
      description = "This replica's name in the Lease (default: $POD_NAME, else the host name).")
  String identity;

  @Option(
      names = "--install-crd",
      description =
          "Install the WorkloadPlacement CRD at start (never over one this project did not"
              + " install), for a development cluster.")
  boolean installCrd;

  private final Map<String, String> environment;
  private final Path home;

  /** The command in this process's environment and home directory. */
  public KubernetesServerCommand() {
    this(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The command as if run with {@code environment} and the home directory {@code home}. */
  KubernetesServerCommand(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = home;
  }

  /** Runs the command; exits with its code unless it is serving. */
  public static void main(String[] args) {
    ServerCommandLine.run(new KubernetesServerCommand(), args);
  }

  /**
   * Serves until the JVM is asked to stop; 2 at once when there is no cluster to connect to, 1 when
   * the server cannot start.
   */
  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ClusterLocation> cluster = ClusterLocation.find(environment, home);
    if (cluster.isEmpty()) {
      err.println(
          "workload-placement-server: no Kubernetes cluster found: no kubeconfig (KUBECONFIG,"
              + " ~/.kube/config) and no in-cluster service account");
      err.flush();
      return 2;
    }
    try {
      return ServeUntilStopped.serve(() -> start(out, cluster.get()), out, "server-shutdown");
    } catch (RuntimeException e) {
      err.println("workload-placement-server: cannot start: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Starts the server these options describe on {@code cluster} and prints where it is. */
  KubernetesServer start(PrintWriter out, ClusterLocation cluster) {
    KubernetesServer server =
        KubernetesServer.start(settings(cluster), KubernetesServerCommand::exitToBeRestarted);
    printStarted(out, server, cluster);
    return server;
  }

  /**
   * A fabric8 elector cannot be used again once it lost, so a replica that lost the Lease exits and
   * Kubernetes restarts it; from another thread, since the shutdown hook stops the elector.
   */
  private static void exitToBeRestarted() {
    new Thread(() -> System.exit(1), "lost-leadership-exit").start();
  }

  /** The server's settings from these options. */
  KubernetesServerSettings settings(ClusterLocation cluster) {
    KubernetesServerSettings settings =
        KubernetesServerSettings.defaults(cluster)
            .withWorkspacesConfigMap(workspacesConfigMap)
            .withInstallDefinition(installCrd)
            .withAddress(host, listen.port())
            .withAllowedOrigins(listen.allowedOrigins())
            .withApiKeys(
                apiKeysFile.keys(), Optional.ofNullable(apiKeysSecret), KeyGuessLimit.DEFAULT)
            .withController(
                new ControllerSettings(controller, leaderElection, leaseName, identity()));
    return namespace == null ? settings : settings.withNamespace(namespace);
  }

  /** {@code --identity}, else {@code POD_NAME}, else the host name. */
  String identity() {
    if (identity != null) {
      return identity;
    }
    String pod = environment.get("POD_NAME");
    if (pod != null && !pod.isBlank()) {
      return pod;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "workload-placement-server";
    }
  }

  private void printStarted(PrintWriter out, KubernetesServer server, ClusterLocation cluster) {
    String base = server.baseUrl();
    out.println("Workload Placement server listening on " + base);
    out.println("  Cluster  " + cluster + ", namespace " + server.namespace());
    out.println("  API      " + base + "/api/v1/workload-placement");
    out.println("  Docs     " + base + "/docs");
    out.println("  Watch    " + base + "/api/v1/workload-placement/watch");
    out.println("  Ready    " + base + "/readyz (503 until the informers have synced)");
    out.println("  Metrics  " + base + MetricsEndpoint.PATH);
    out.println(
        "  Auth     "
            + (server.auth().enabled()
                ? server.auth().keys().size() + " API key(s); exchange one at POST /api/v1/auth"
                : "off"));
    out.println(
        "  Control  "
            + (!controller
                ? "off (--no-controller): API only"
                : leaderElection
                    ? "on while holding Lease " + leaseName + " as " + identity()
                    : "on, without leader election"));
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }

  /** The keys of {@code --api-keys-file}. */
  record ApiKeysFile(List<ApiKey> keys) {}

  /** Reads an API key file, so that a bad one is a usage error before anything starts. */
  static final class ApiKeysFileConverter implements ITypeConverter<ApiKeysFile> {
    @Override
    public ApiKeysFile convert(String value) {
      try {
        return new ApiKeysFile(ApiKeyLines.parse(Files.readString(Path.of(value)), value));
      } catch (IOException | InvalidPathException e) {
        throw new CommandLine.TypeConversionException("cannot read " + value + ": " + e);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The version in the jar's manifest, when there is one. */
  static final class Version extends JarVersion {
    Version() {
      super("workload-placement-server");
    }
  }
}

package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.Config;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the Kubernetes API server is and how to reach it, found as {@code kubectl} finds it: the
 * first existing file that {@code KUBECONFIG} lists, else {@code ~/.kube/config} when {@code
 * KUBECONFIG} is not set, else the service account of the pod the process runs in.
 */
public final class ClusterLocation {

  /** Where Kubernetes mounts a pod's service account. */
  static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

  // empty: in the cluster, through the pod's service account
  private final Optional<Path> kubeconfig;

  private ClusterLocation(Optional<Path> kubeconfig) {
    this.kubeconfig = kubeconfig;
  }

  /** The cluster, user and namespace of the current context of the kubeconfig {@code file}. */
  public static ClusterLocation kubeconfig(Path file) {
    return new ClusterLocation(Optional.of(Objects.requireNonNull(file, "file")));
  }

  /**
   * The cluster as {@code kubectl} would find it with {@code environment} and the home directory
   * {@code home}; empty when there is neither a kubeconfig nor an in-cluster service account.
   */
  public static Optional<ClusterLocation> find(Map<String, String> environment, Path home) {
    return find(environment, home, SERVICE_ACCOUNT);
  }

  static Optional<ClusterLocation> find(
      Map<String, String> environment, Path home, Path serviceAccount) {
    String listed = environment.get("KUBECONFIG");
    Optional<Path> file =
        listed != null && !listed.isBlank()
            ? Arrays.stream(listed.split(File.pathSeparator))
                .filter(path -> !path.isBlank())
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst()
            : Optional.of(home.resolve(".kube").resolve("config")).filter(Files::isRegularFile);
    if (file.isPresent()) {
      return file.map(ClusterLocation::kubeconfig);
    }
    boolean inCluster =
        environment.containsKey("KUBERNETES_SERVICE_HOST")
            && Files.isRegularFile(serviceAccount.resolve("token"));
    return inCluster ? Optional.of(new ClusterLocation(Optional.empty())) : Optional.empty();
  }

  /** fabric8's configuration for this location; its namespace is the context's, if any. */
  Config config() {
    return kubeconfig
        .map(file -> Config.fromKubeconfig(file.toFile()))
        .orElseGet(() -> Config.autoConfigure(null));
  }

  /** {@code kubeconfig PATH} or {@code in-cluster service account}, for messages. */
  @Override
  public String toString() {
    return kubeconfig.map(file -> "kubeconfig " + file).orElse("in-cluster service account");
  }
}

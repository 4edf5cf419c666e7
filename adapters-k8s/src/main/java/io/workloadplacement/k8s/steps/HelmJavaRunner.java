package io.workloadplacement.k8s.steps;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import com.marcnuri.helm.UpgradeCommand;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@link HelmRunner} on helm-java: Helm's own Go code, in process, from the {@code linux-amd64}
 * native artifact on the classpath (declared in the pom; helm-java's download of a missing native
 * library at run time is switched off). Values go to a temporary file and the kubeconfig is passed
 * as contents; a repository is added to a temporary repositories file, never to the user's.
 */
public final class HelmJavaRunner implements HelmRunner {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  static {
    // nothing is fetched at run time: without the native artifact, helm-java fails instead
    System.setProperty("com.marcnuri.jkube-helm.skipRemoteJar", "true");
  }

  @Override
  public String upgradeInstall(HelmRelease release) {
    Path dir = temporaryDirectory();
    try {
      UpgradeCommand upgrade =
          Helm.upgrade(release.chart())
              .install()
              .withName(release.releaseName())
              .withNamespace(release.namespace())
              .withKubeConfigContents(release.kubeconfig())
              .withValuesFile(writeValues(dir, release.values()));
      release.version().ifPresent(upgrade::withVersion);
      if (release.repository().isPresent()) {
        Path repositories = addRepository(dir, release.repository().get());
        upgrade.withRepositoryConfig(repositories);
      }
      HelmRelease.Flags flags = release.flags();
      if (flags.atomic()) {
        upgrade.atomic();
      }
      if (flags.cleanupOnFail()) {
        upgrade.cleanupOnFail();
      }
      if (flags.createNamespace()) {
        upgrade.createNamespace();
      }
      if (flags.skipCrds()) {
        upgrade.skipCrds();
      }
      if (flags.waitReady()) {
        upgrade.waitReady();
      }
      flags.timeout().ifPresent(t -> upgrade.withTimeout((int) Math.max(1, t.toSeconds())));
      Release done = upgrade.call();
      return "helm release "
          + done.getName()
          + " "
          + done.getStatus()
          + " (revision "
          + done.getRevision()
          + ")";
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new HelmFailure(e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  @Override
  public String uninstall(String releaseName, String namespace, String kubeconfig) {
    try {
      return Helm.uninstall(releaseName)
          .withNamespace(namespace)
          .withKubeConfigContents(kubeconfig)
          .ignoreNotFound()
          .call();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new HelmFailure(e.getMessage(), e);
    }
  }

  /** Writes {@code values} as {@code values.yaml} in {@code dir} (JSON, which YAML reads). */
  static Path writeValues(Path dir, Map<String, Object> values) {
    Path file = dir.resolve("values.yaml");
    try {
      Files.writeString(file, JSON.asJson(values), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static Path addRepository(Path dir, HelmRelease.Repository repository) {
    Path config = dir.resolve("repositories.yaml");
    var add =
        Helm.repo()
            .add()
            .withRepositoryConfig(config)
            .withName(repository.name())
            .withUrl(URI.create(repository.url()));
    repository.username().ifPresent(add::withUsername);
    repository.password().ifPresent(add::withPassword);
    add.call();
    return config;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("helm-step-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing a step for
    }
  }
}

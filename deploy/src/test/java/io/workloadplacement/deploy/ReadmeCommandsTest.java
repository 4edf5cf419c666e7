package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's {@code helm install} and {@code helm upgrade} commands are rendered as written (its
 * release, chart, namespace, values files and {@code --set}s), and what they rely on is what the
 * README says elsewhere: the Secrets its {@code kubectl} commands make, the RBAC table.
 */
class ReadmeCommandsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern SECRET =
      Pattern.compile("create secret generic (\\S+) --from-(?:file|literal)=([\\w.-]+)=");

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** Each shell command of the README's {@code sh} blocks, continuation lines joined. */
  static List<String> shellCommands() throws IOException {
    List<String> commands = new ArrayList<>();
    boolean inShell = false;
    StringBuilder current = new StringBuilder();
    for (String line : readme().lines().toList()) {
      if (line.startsWith("```")) {
        inShell = line.equals("```sh");
        continue;
      }
      if (!inShell) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      commands.add(current.append(line).toString().trim().replaceAll("\\s+", " "));
      current.setLength(0);
    }
    return commands;
  }

  static Stream<String> helmCommands() throws IOException {
    return shellCommands().stream()
        .filter(c -> c.startsWith("helm install ") || c.startsWith("helm upgrade "));
  }

  /** The README's command as helm-java's template: release, chart, namespace, -f and --set. */
  static RenderedChart render(String command) {
    List<String> words = List.of(command.split(" "));
    assertThat(words.get(3))
        .as("the chart in %s", command)
        .isEqualTo("deploy/helm/workload-placement");
    TemplateCommand template =
        new Helm(ROOT.resolve(words.get(3))).template().withName(words.get(2));
    for (int i = 4; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-n", "--namespace" -> template.withNamespace(words.get(++i));
        case "-f", "--values" -> template.withValuesFile(ROOT.resolve(words.get(++i)));
        case "--set" -> {
          String[] set = words.get(++i).split("=", 2);
          template.set(set[0], set[1]);
        }
        case "--create-namespace", "--install" -> {}
        default -> throw new AssertionError("a flag the test does not render: " + word);
      }
    }
    String manifests = template.call();
    return new RenderedChart(manifests, RenderedChart.parse(manifests));
  }

  @Test
  void theReadmeInstallsUpgradesAndUninstallsBothModes() throws IOException {
    assertThat(helmCommands())
        .anyMatch(c -> c.startsWith("helm install workload-placement "))
        .anyMatch(c -> c.startsWith("helm upgrade workload-placement "))
        .anyMatch(c -> c.contains("shared-simulator.yaml"));
    assertThat(shellCommands()).contains("helm uninstall workload-placement -n workload-placement");
  }

  @ParameterizedTest
  @MethodSource("helmCommands")
  void eachHelmCommandRendersWhatTheJarsAccept(String command) throws IOException {
    RenderedChart chart = render(command);

    Deployment deployment = chart.one(Deployment.class);
    Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    boolean simulator = container.getName().equals("simulator");
    if (simulator) {
      SimulatorOptions.requireAccepted(chart);
    } else {
      ServerOptions.requireAccepted(container.getArgs());
    }
    for (String secret : secretsReadFrom(container, chart)) {
      assertThat(readmeSecretKeys(secret))
          .as("the README's kubectl command for Secret %s", secret)
          .containsExactly(simulator ? "api-key-args" : "api-keys");
    }
  }

  @Test
  void thePortForwardReachesTheServiceTheInstallMakes() throws IOException {
    String install =
        helmCommands()
            .filter(c -> c.startsWith("helm install workload-placement "))
            .findFirst()
            .orElseThrow();
    io.fabric8.kubernetes.api.model.Service service =
        render(install).one(io.fabric8.kubernetes.api.model.Service.class);
    String forward =
        "kubectl -n "
            + service.getMetadata().getNamespace()
            + " port-forward svc/"
            + service.getMetadata().getName()
            + " 8080:"
            + service.getSpec().getPorts().get(0).getPort();

    assertThat(shellCommands()).contains(forward);
  }

  @Test
  void theReadmesRbacTableIsWhatTheRoleGrants() throws IOException {
    Set<ServerRbacTest.Right> table = new HashSet<>();
    Pattern row =
        Pattern.compile(
            "^\\| `([^`]*)` \\| `(\\w+)` \\| (any|the lease|the directory) \\| ([a-z, ]+) \\|",
            Pattern.MULTILINE);
    Matcher m = row.matcher(readme());
    while (m.find()) {
      String group = m.group(1).equals("\"\"") ? "" : m.group(1);
      Set<String> names =
          switch (m.group(3)) {
            case "the lease" -> Set.of("workload-placement-controller");
            case "the directory" -> Set.of("workload-placement-workspaces");
            default -> Set.of();
          };
      for (String verb : m.group(4).split(", ")) {
        table.add(new ServerRbacTest.Right(group, m.group(2), names, verb.trim()));
      }
    }

    assertThat(table).containsExactlyInAnyOrderElementsOf(ServerRbacTest.SERVER_RIGHTS);
    assertThat(
            ServerRbacTest.granted(
                RenderedChart.template(java.util.Map.of()).one(Role.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(table);
  }

  /** Secrets of one's own the container reads: by --api-keys-secret or as a mounted volume. */
  private static List<String> secretsReadFrom(Container container, RenderedChart chart) {
    Set<String> rendered = new HashSet<>();
    chart
        .all(io.fabric8.kubernetes.api.model.Secret.class)
        .forEach(s -> rendered.add(s.getMetadata().getName()));
    List<String> secrets = new ArrayList<>();
    container.getArgs().stream()
        .filter(a -> a.startsWith("--api-keys-secret="))
        .map(a -> a.substring("--api-keys-secret=".length()))
        .forEach(secrets::add);
    chart.one(Deployment.class).getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> v.getSecret() != null)
        .map(v -> v.getSecret().getSecretName())
        .forEach(secrets::add);
    secrets.removeAll(rendered);
    return secrets;
  }

  private static List<String> readmeSecretKeys(String secret) throws IOException {
    List<String> keys = new ArrayList<>();
    for (String command : shellCommands()) {
      Matcher m = SECRET.matcher(command);
      if (m.find() && m.group(1).equals(secret)) {
        keys.add(m.group(2));
      }
    }
    return keys;
  }
}

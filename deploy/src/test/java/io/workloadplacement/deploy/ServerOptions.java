package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The options of the server's command line ({@code KubernetesServerCommand}), as its branch
 * documents them, and whether each takes a value. Until that command is on this branch, the chart's
 * arguments are held to this table; then it is replaced by parsing them with the command itself.
 */
final class ServerOptions {

  private static final Map<String, Boolean> TAKES_VALUE =
      Map.ofEntries(
          Map.entry("--host", true),
          Map.entry("--port", true),
          Map.entry("--namespace", true),
          Map.entry("--workspaces-configmap", true),
          Map.entry("--api-keys-file", true),
          Map.entry("--api-keys-secret", true),
          Map.entry("--allow-origin", true),
          Map.entry("--controller", false),
          Map.entry("--no-controller", false),
          Map.entry("--leader-election", false),
          Map.entry("--no-leader-election", false),
          Map.entry("--lease-name", true),
          Map.entry("--identity", true),
          Map.entry("--install-crd", false));

  private ServerOptions() {}

  /**
   * Fails unless every argument is one of the server's options, with a value where it takes one.
   */
  static void requireAccepted(List<String> args) {
    assertThat(args)
        .allSatisfy(
            arg -> {
              String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
              assertThat(TAKES_VALUE).as("the server's options").containsKey(name);
              assertThat(arg.contains("="))
                  .as("%s takes a value", name)
                  .isEqualTo(TAKES_VALUE.get(name));
            });
  }
}

package io.workloadplacement.deploy;

import io.workloadplacement.k8s.server.KubernetesServerCommand;
import java.util.List;
import picocli.CommandLine;

/**
 * The server's own command line ({@code KubernetesServerCommand}) parses what the chart renders.
 */
final class ServerOptions {

  private ServerOptions() {}

  /** Parses the server container's arguments; an unknown option or a bad value fails. */
  static CommandLine.ParseResult requireAccepted(List<String> args) {
    return new CommandLine(new KubernetesServerCommand()).parseArgs(args.toArray(String[]::new));
  }
}

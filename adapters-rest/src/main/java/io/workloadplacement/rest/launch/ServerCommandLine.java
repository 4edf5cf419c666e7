package io.workloadplacement.rest.launch;

import picocli.CommandLine;

/** The {@code main} of every server command: parse, run, exit with the command's code. */
public final class ServerCommandLine {

  private ServerCommandLine() {}

  /**
   * Runs {@code command} (a picocli command) with {@code args} and exits the JVM with its code: 2
   * for bad usage, 0 after a graceful stop.
   */
  public static void run(Object command, String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would otherwise pick java.util.logging
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(new CommandLine(command).execute(args));
  }
}

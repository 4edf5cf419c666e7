package io.workloadplacement.rest.launch;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options every server command takes for where it listens and whom browsers may call it from:
 * {@code --port} and {@code --allow-origin}, a picocli mixin. {@code --host} stays with each
 * command, since its default differs (loopback for the simulator, every address in a pod).
 */
public final class ListenOptions {

  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = PortConverter.class,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--allow-origin",
      paramLabel = "ORIGIN",
      description =
          "A browser origin allowed by CORS, repeatable; * for any (default: any loopback"
              + " origin).")
  List<String> allowedOrigins = new ArrayList<>();

  /** The port to listen on, 0 for any free one. */
  public int port() {
    return port;
  }

  /** The origins given with {@code --allow-origin}, in order; empty for the default. */
  public List<String> allowedOrigins() {
    return List.copyOf(allowedOrigins);
  }

  /** Parses a port, 0 to 65535. */
  static final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("not a port number");
      }
      if (port < 0 || port > 65535) {
        throw new CommandLine.TypeConversionException("must be 0 to 65535");
      }
      return port;
    }
  }
}

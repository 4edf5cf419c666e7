package io.workloadplacement.simulator.server;

import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how a {@link SimulatorServer} listens.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param heartbeat how long a watch stream stays quiet before a heartbeat comment
 * @param allowedOrigins browser origins let in (CORS); empty for any loopback origin
 * @param stopTimeout how long stopping waits for requests in flight; zero stops at once
 * @param auth the API keys that may exchange tokens; disabled (no keys) leaves the API open
 */
public record ServerSettings(
    String host,
    int port,
    Duration heartbeat,
    List<String> allowedOrigins,
    Duration stopTimeout,
    AuthSettings auth) {

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    Objects.requireNonNull(heartbeat, "heartbeat");
    allowedOrigins = List.copyOf(allowedOrigins);
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative");
    }
    Objects.requireNonNull(auth, "auth");
  }

  /**
   * Loopback, port 8080, heartbeat every 15s, loopback CORS, 5s to finish requests on stop, no
   * authentication.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(
        "127.0.0.1",
        8080,
        WatchEndpoint.DEFAULT_HEARTBEAT,
        List.of(),
        Duration.ofSeconds(5),
        AuthSettings.disabled());
  }

  public ServerSettings withAddress(String newHost, int newPort) {
    return new ServerSettings(newHost, newPort, heartbeat, allowedOrigins, stopTimeout, auth);
  }

  public ServerSettings withHeartbeat(Duration newHeartbeat) {
    return new ServerSettings(host, port, newHeartbeat, allowedOrigins, stopTimeout, auth);
  }

  public ServerSettings withAllowedOrigins(List<String> origins) {
    return new ServerSettings(host, port, heartbeat, origins, stopTimeout, auth);
  }

  public ServerSettings withAuth(AuthSettings newAuth) {
    return new ServerSettings(host, port, heartbeat, allowedOrigins, stopTimeout, newAuth);
  }

  public ServerSettings withStopTimeout(Duration timeout) {
    return new ServerSettings(host, port, heartbeat, allowedOrigins, timeout, auth);
  }
}

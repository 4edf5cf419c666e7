package io.workloadplacement.rest.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared listening options as a command sees them through picocli. */
class ListenOptionsTest {

  @Command(name = "server", versionProvider = ServerVersion.class, mixinStandardHelpOptions = true)
  static final class Server implements Runnable {
    @Mixin ListenOptions listen;

    @Override
    public void run() {}
  }

  static final class ServerVersion extends JarVersion {
    ServerVersion() {
      super("server");
    }
  }

  private final StringWriter err = new StringWriter();

  private int execute(Server server, String... args) {
    return new CommandLine(server).setErr(new PrintWriter(err, true)).execute(args);
  }

  @Test
  void defaultsToPort8080AndNoExtraOrigin() {
    Server server = new Server();
    assertThat(execute(server)).isZero();
    assertThat(server.listen.port()).isEqualTo(8080);
    assertThat(server.listen.allowedOrigins()).isEmpty();
  }

  @Test
  void takesAPortAndRepeatedOriginsInOrder() {
    Server server = new Server();
    assertThat(
            execute(
                server, "--port", "0", "--allow-origin", "http://b.example", "--allow-origin", "*"))
        .isZero();
    assertThat(server.listen.port()).isZero();
    assertThat(server.listen.allowedOrigins()).isEqualTo(List.of("http://b.example", "*"));
  }

  @Test
  void aPortOutOfRangeOrNotANumberIsAUsageError() {
    assertThat(execute(new Server(), "--port", "65536")).isEqualTo(2);
    assertThat(err.toString()).contains("--port").contains("must be 0 to 65535");
    assertThat(execute(new Server(), "--port", "http")).isEqualTo(2);
    assertThat(err.toString()).contains("not a port number");
  }

  @Test
  void theVersionIsDevOutsideAJar() {
    assertThat(new ServerVersion().getVersion()).containsExactly("server dev");
  }

  @Test
  void aBaseUrlBracketsAnIpv6Host() {
    assertThat(BaseUrl.of("127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080");
    assertThat(BaseUrl.of("::1", 80)).isEqualTo("http://[::1]:80");
    assertThat(BaseUrl.of("[::1]", 80)).isEqualTo("http://[::1]:80");
  }
}

package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jars the images ship say the project's version on {@code --version}, as the images' tag does.
 * The jars are built by {@code package}, before this module's tests in {@code verify}.
 */
class JarVersionTest {

  @ParameterizedTest
  @CsvSource({
    "adapters-k8s/target/workload-placement-server.jar, workload-placement-server",
    "simulator/target/workload-placement-simulator.jar, workload-placement-simulator"
  })
  void theJarSaysTheProjectsVersion(String jar, String command)
      throws IOException, InterruptedException {
    Path path = Path.of("..", jar);
    assumeTrue(Files.isRegularFile(path), jar + " is built by package");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, "-jar", path.toString(), "--version")
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("--version ends").isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isZero();
    assertThat(out.strip()).isEqualTo(command + " " + System.getProperty("project.version"));
  }
}

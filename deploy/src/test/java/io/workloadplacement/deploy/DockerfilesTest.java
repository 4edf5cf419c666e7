package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/**
 * The images cannot be built here (no Docker daemon), so their Dockerfiles are held to what the
 * chart expects of them: the base, the user the pod runs as, the port it probes, the jar the module
 * builds, and the tag the chart pulls by default.
 */
class DockerfilesTest {

  /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
  static List<String> instructions(Path dockerfile) throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1);
        continue;
      }
      instructions.add(current.append(line).toString().trim().replaceAll("\\s+", " "));
      current.setLength(0);
    }
    return instructions;
  }

  private static String argument(List<String> instructions, String keyword) {
    List<String> found = instructions.stream().filter(i -> i.startsWith(keyword + " ")).toList();
    assertThat(found).as(keyword).hasSize(1);
    return found.get(0).substring(keyword.length() + 1);
  }

  @ParameterizedTest
  @CsvSource({
    "server, server.Dockerfile, adapters-k8s/target/workload-placement-server.jar",
    "simulator, simulator.Dockerfile, simulator/target/workload-placement-simulator.jar"
  })
  void theImageRunsTheBuiltJarAsTheChartExpects(String mode, String name, String jar)
      throws IOException {
    Path dockerfile = Path.of("docker", name);
    List<String> instructions = instructions(dockerfile);
    Deployment deployment = RenderedChart.template(Map.of("mode", mode)).one(Deployment.class);
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();

    assertThat(argument(instructions, "FROM")).isEqualTo("eclipse-temurin:17-jre");
    assertThat(argument(instructions, "USER"))
        .isEqualTo(
            pod.getSecurityContext().getRunAsUser()
                + ":"
                + pod.getSecurityContext().getRunAsGroup());
    assertThat(argument(instructions, "EXPOSE"))
        .isEqualTo(String.valueOf(pod.getContainers().get(0).getPorts().get(0).getContainerPort()));
    String[] copy = argument(instructions, "COPY").split(" ");
    assertThat(copy[0]).isEqualTo(jar);
    assertThat(argument(instructions, "ENTRYPOINT"))
        .isEqualTo("[\"java\", \"-jar\", \"" + copy[1] + "\"]");
    assertThat(Files.readString(Path.of("..", ".dockerignore"))).contains("!" + jar);

    String image = pod.getContainers().get(0).getImage();
    String build = "docker build -f deploy/docker/" + name + " -t " + image + " .";
    assertThat(Files.readString(dockerfile))
        .as("the build command in its header tags the image the chart pulls")
        .contains(build);
    assertThat(ReadmeCommandsTest.shellCommands()).as("the README's build command").contains(build);
  }

  @ParameterizedTest
  @CsvSource({
    "server, image-server, adapters-k8s/target/workload-placement-server.jar",
    "simulator, image-simulator, simulator/target/workload-placement-simulator.jar"
  })
  void theJibProfileBuildsTheSameImage(String mode, String profile, String jar) throws Exception {
    Document pom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    String jib = "/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']";
    String properties = "/project/profiles/profile[id='" + profile + "']/properties/";
    String jarName = xpath.evaluate(properties + "*[local-name()='image.jar']", pom);
    PodSpec pod =
        RenderedChart.template(Map.of("mode", mode))
            .one(Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec();
    String image = pod.getContainers().get(0).getImage();

    assertThat(xpath.evaluate(jib + "/configuration/from/image", pom))
        .isEqualTo("eclipse-temurin:17-jre");
    assertThat(xpath.evaluate(jib + "/configuration/container/user", pom))
        .isEqualTo(
            pod.getSecurityContext().getRunAsUser()
                + ":"
                + pod.getSecurityContext().getRunAsGroup());
    assertThat(xpath.evaluate(jib + "/configuration/container/ports", pom))
        .isEqualTo(String.valueOf(pod.getContainers().get(0).getPorts().get(0).getContainerPort()));
    assertThat(
            xpath.evaluate(properties + "*[local-name()='image.jar.directory']", pom)
                + "/"
                + jarName)
        .isEqualTo("${project.basedir}/../" + jar);
    assertThat(xpath.evaluate(properties + "*[local-name()='image.name']", pom) + ":")
        .isEqualTo(image.substring(0, image.lastIndexOf(':') + 1));
  }
}

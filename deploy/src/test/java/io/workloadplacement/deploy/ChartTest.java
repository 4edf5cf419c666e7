package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart as a package: Helm's lint, its version, and the CRD it installs. */
class ChartTest {

  private static final String CRD = "workloadplacements.worker.kubeslice.io-v1.yml";

  static {
    // nothing is fetched at run time: without the native artifact helm-java fails instead
    System.setProperty("com.marcnuri.jkube-helm.skipRemoteJar", "true");
  }

  @Test
  void helmLintsTheChartCleanEvenWhenStrict() {
    LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();

    assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
    assertThat(lint.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }

  @Test
  void theImagesTagIsTheProjectsVersion() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> chart =
        new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
            .unmarshal(Files.readString(RenderedChart.CHART.resolve("Chart.yaml")), Map.class);

    assertThat(chart.get("appVersion")).isEqualTo(System.getProperty("project.version"));
    assertThat(System.getProperty("project.version")).isNotBlank();
  }

  @Test
  void theChartsCrdIsTheOneTheAdapterInstalls() throws IOException {
    byte[] adapters;
    try (InputStream in = getClass().getResourceAsStream("/kubernetes/" + CRD)) {
      assertThat(in).as("adapters-k8s's CRD on the classpath").isNotNull();
      adapters = in.readAllBytes();
    }

    assertThat(Files.readAllBytes(RenderedChart.CHART.resolve(Path.of("crds", CRD))))
        .as("crds/%s is a copy of adapters-k8s/src/main/resources/kubernetes/%s", CRD, CRD)
        .isEqualTo(adapters);
  }
}

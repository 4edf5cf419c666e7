package io.workloadplacement.conformance.suite;

import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite against any deployment, selected by environment variables; skipped when {@code
 * CONFORMANCE_BASE_URL} is unset.
 *
 * <ul>
 *   <li>{@code CONFORMANCE_BASE_URL}: for example {@code http://127.0.0.1:8080}
 *   <li>{@code CONFORMANCE_TOKEN}: a Bearer token, or {@code CONFORMANCE_API_KEY}: an API key
 *       exchanged through {@code POST /api/v1/auth}
 *   <li>{@code CONFORMANCE_WORKSPACE}: the workspace to create placements in (default {@code
 *       default})
 *   <li>{@code CONFORMANCE_CLUSTERS}: comma-separated clusters of that workspace (default {@code
 *       worker-1})
 *   <li>{@code CONFORMANCE_CONTROL=true}: the target is the simulator and serves {@code /sim/v1}
 *   <li>{@code CONFORMANCE_WATCH=true|false}: the target serves the watch stream (default: as
 *       {@code CONFORMANCE_CONTROL}, since the simulator does)
 *   <li>{@code CONFORMANCE_POLL_SECONDS}: how long to poll a lifecycle (default 30)
 *   <li>{@code CONFORMANCE_REVISION=v1.15}: the target speaks v1.15 alone, without contract section
 *       7 (default: both)
 * </ul>
 */
class RemoteConformanceTest extends ConformanceSuite {

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  @BeforeAll
  static void requireBaseUrl() {
    Assumptions.assumeTrue(
        System.getenv("CONFORMANCE_BASE_URL") != null,
        "CONFORMANCE_BASE_URL is not set: no remote target");
  }

  @Override
  protected ApiTarget target() {
    Auth auth =
        System.getenv("CONFORMANCE_TOKEN") != null
            ? new Auth.Bearer(System.getenv("CONFORMANCE_TOKEN"))
            : System.getenv("CONFORMANCE_API_KEY") != null
                ? new Auth.ApiKey(System.getenv("CONFORMANCE_API_KEY"))
                : Auth.none();
    return new HttpApiTarget(
        URI.create(env("CONFORMANCE_BASE_URL", "")),
        auth,
        Boolean.parseBoolean(env("CONFORMANCE_CONTROL", "false")),
        currentRevision());
  }

  private static boolean currentRevision() {
    return !env("CONFORMANCE_REVISION", "current").equals("v1.15");
  }

  @Override
  protected TargetCapabilities capabilities() {
    List<String> clusters =
        Arrays.stream(env("CONFORMANCE_CLUSTERS", "worker-1").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    return new TargetCapabilities(
        "remote " + env("CONFORMANCE_BASE_URL", ""),
        true,
        true,
        TargetCapabilities.freshRunPrefix(),
        List.of(env("CONFORMANCE_WORKSPACE", "default")),
        clusters,
        Duration.ofSeconds(Long.parseLong(env("CONFORMANCE_POLL_SECONDS", "30"))),
        Duration.ofSeconds(1),
        Boolean.parseBoolean(env("CONFORMANCE_WATCH", env("CONFORMANCE_CONTROL", "false"))),
        currentRevision());
  }
}

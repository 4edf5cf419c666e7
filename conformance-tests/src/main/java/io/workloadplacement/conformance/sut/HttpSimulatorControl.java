package io.workloadplacement.conformance.sut;

import io.workloadplacement.conformance.model.Durations;
import io.workloadplacement.conformance.model.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The simulator's {@code /sim/v1} control API over an {@link ApiTarget}'s HTTP. */
final class HttpSimulatorControl implements SimulatorControl {

  private final ApiTarget http;

  HttpSimulatorControl(ApiTarget http) {
    this.http = http;
  }

  @Override
  public Response advance(Duration by) {
    String body = Json.write(Json.object().put("duration", Durations.format(by)));
    return http.send("POST", "/sim/v1/clock/advance", body, Map.of());
  }

  @Override
  public Response setStatus(String name, String provisioningStatus) {
    String body = Json.write(Json.object().put("provisioningStatus", provisioningStatus));
    String path =
        "/sim/v1/placements/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/status";
    return http.send("PUT", path, body, Map.of());
  }

  @Override
  public Response reset() {
    return http.send("POST", "/sim/v1/reset", null, Map.of());
  }

  @Override
  public Response setFaults(String rulesJson) {
    return http.send("PUT", "/sim/v1/faults", "{\"rules\": " + rulesJson + "}", Map.of());
  }

  @Override
  public Response addFault(String ruleJson) {
    return http.send("POST", "/sim/v1/faults", ruleJson, Map.of());
  }

  @Override
  public Response clearFaults() {
    return http.send("DELETE", "/sim/v1/faults", null, Map.of());
  }
}

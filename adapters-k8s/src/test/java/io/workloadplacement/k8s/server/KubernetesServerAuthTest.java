package io.workloadplacement.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys from {@code --api-keys-secret} (read at start) beside those of the key file. */
class KubernetesServerAuthTest {

  @TempDir Path directory;

  private static void writeKeysSecret(Hub hub, String keys) {
    hub.api()
        .client()
        .secrets()
        .inNamespace(Hub.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("api-keys")
                .endMetadata()
                // as a real API server stores it (the mock leaves stringData unconverted)
                .addToData(
                    "api-keys",
                    Base64.getEncoder().encodeToString(keys.getBytes(StandardCharsets.UTF_8)))
                .build())
        .create();
  }

  private static int listWithToken(Http http, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(http.uri(Http.API))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    try {
      return http.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void keysFromTheSecretAndTheFileBothBuyATokenAndNothingElseDoes() {
    try (Hub hub = Hub.ready(directory)) {
      writeKeysSecret(hub, "# the platform team\nfrom-secret:Owner\n\nviewer:Viewer:abc\n");
      try (KubernetesServer server =
          KubernetesServer.start(
              hub.settings()
                  .withApiKeys(
                      List.of(ApiKey.owner("from-file")),
                      Optional.of("api-keys"),
                      KeyGuessLimit.DEFAULT))) {
        Http http = new Http(server.baseUrl());
        Eventually.await(() -> http.get("/readyz").status() == 200, "ready");

        assertThat(server.auth().keys())
            .extracting(ApiKey::key)
            .containsExactly("from-file", "from-secret", "viewer");
        assertThat(http.get(Http.API).status()).isEqualTo(401);
        String token =
            http.post("/api/v1/auth", "{\"apiKey\": \"from-secret\"}")
                .json()
                .path("data")
                .path("token")
                .asText();
        assertThat(listWithToken(http, token)).isEqualTo(200);
        assertThat(http.post("/api/v1/auth", "{\"apiKey\": \"unknown\"}").status()).isEqualTo(401);
      }
    }
  }

  @Test
  void aMissingSecretStopsTheStartNamingIt() {
    try (Hub hub = Hub.ready(directory)) {
      assertThatThrownBy(
              () ->
                  KubernetesServer.start(
                      hub.settings()
                          .withApiKeys(List.of(), Optional.of("nowhere"), KeyGuessLimit.DEFAULT)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("\"nowhere\"")
          .hasMessageContaining("api-keys");
    }
  }

  @Test
  void aBadKeyInTheSecretStopsTheStartNamingItsLineNotTheKey() {
    try (Hub hub = Hub.ready(directory)) {
      writeKeysSecret(hub, "good:Owner\nsecret-value:Boss\n");

      assertThatThrownBy(
              () ->
                  KubernetesServer.start(
                      hub.settings()
                          .withApiKeys(List.of(), Optional.of("api-keys"), KeyGuessLimit.DEFAULT)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 2")
          .hasMessageNotContaining("secret-value");
    }
  }
}

package io.workloadplacement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Large answers are gzip-compressed for a client that asks, small ones and others are not. */
class CompressionTest {

  @Test
  void aLargeJsonAnswerIsCompressedOnlyWhenTheClientAsks() throws Exception {
    try (TestServer server = TestServer.start()) {
      for (int i = 0; i < 20; i++) {
        assertThat(server.post(TestServer.BASE, Placements.json("ws", "p-" + i)).status())
            .isEqualTo(200);
      }
      String plain = server.get(TestServer.BASE).body();
      assertThat(plain.length()).isGreaterThan(1500);

      HttpResponse<byte[]> gzipped = get(server, TestServer.BASE, "gzip");
      assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(gunzip(gzipped.body())).isEqualTo(plain);

      HttpResponse<byte[]> notAsked = get(server, TestServer.BASE, "identity");
      assertThat(notAsked.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(new String(notAsked.body(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
  }

  @Test
  void aSmallAnswerIsNotCompressed() throws Exception {
    try (TestServer server = TestServer.start()) {
      HttpResponse<byte[]> health = get(server, "/healthz", "gzip");

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    }
  }

  private static HttpResponse<byte[]> get(TestServer server, String path, String encoding)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.app.port() + path))
                .header("Accept-Encoding", encoding)
                .build(),
            BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

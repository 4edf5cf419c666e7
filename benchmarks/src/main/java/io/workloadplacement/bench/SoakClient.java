package io.workloadplacement.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The soak's HTTP client: requests to one server, each answer counted in the tally. */
final class SoakClient {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private final SoakTally tally;

  SoakClient(URI base, SoakTally tally) {
    this.base = base;
    this.tally = tally;
  }

  /** A request to {@code path} (with its query) that says its body is JSON. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
  }

  static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  /**
   * Sends it and counts the answer of {@code operation}, which may answer only {@code expected}.
   */
  Optional<HttpResponse<String>> send(
      String operation, HttpRequest.Builder request, Set<Integer> expected) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      tally.answer(operation, response.statusCode(), expected, response.body());
      return Optional.of(response);
    } catch (IOException e) {
      tally.transportError(operation, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Opens a stream at {@code path}: its body once the server has answered 200. */
  Optional<InputStream> stream(String operation, String path) {
    try {
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Accept", "text/event-stream")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      tally.answer(operation, response.statusCode(), Set.of(200), "");
      if (response.statusCode() == 200) {
        return Optional.of(response.body());
      }
      response.body().close();
    } catch (IOException e) {
      tally.transportError(operation, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}

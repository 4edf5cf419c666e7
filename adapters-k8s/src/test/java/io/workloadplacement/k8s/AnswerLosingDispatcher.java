package io.workloadplacement.k8s;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CRUD mock with answers that go wrong on demand, as they do when an API server or the network
 * between fails: a request of a given method is carried out and then answered 504 (its answer is
 * lost), or answered 503 without being carried out. Counts the requests of each method.
 */
final class AnswerLosingDispatcher extends PreconditionEnforcingCrudDispatcher {

  private final Map<String, Boolean> next = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** The next request with {@code method} is carried out, then answered 504. */
  void loseNextAnswerTo(String method) {
    next.put(method, true);
  }

  /** The next request with {@code method} is answered 503 without being carried out. */
  void failNext(String method) {
    next.put(method, false);
  }

  /** Forgets the requests counted so far (such as a test's setup). */
  void resetCounts() {
    counts.clear();
  }

  /** How many requests with {@code method} arrived. */
  int count(String method) {
    return counts.computeIfAbsent(method, m -> new AtomicInteger()).get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod();
    counts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    Boolean carriedOut = next.remove(method);
    if (carriedOut == null) {
      return super.dispatch(request);
    }
    if (carriedOut) {
      super.dispatch(request);
      return failure(504, "Timeout", "the request timed out after it was applied");
    }
    return failure(503, "ServiceUnavailable", "etcd unavailable");
  }

  private static MockResponse failure(int code, String reason, String message) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\""
                + message
                + "\",\"reason\":\""
                + reason
                + "\",\"code\":"
                + code
                + "}");
  }
}

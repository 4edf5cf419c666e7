package io.workloadplacement.conformance.fake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.workloadplacement.conformance.model.ContractTexts;
import io.workloadplacement.conformance.model.Durations;
import io.workloadplacement.conformance.model.Field;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.Lifecycle;
import io.workloadplacement.conformance.model.ReferenceModel;
import io.workloadplacement.conformance.model.Representation;
import io.workloadplacement.conformance.model.SpecValidator;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The kit's test double: a compact in-memory server of the contract's routes and of the simulator's
 * control API, on the JDK's HttpServer. It proves the suite passes against a conforming server,
 * with the control API and in remote mode (a lifecycle that moves on its own, which the real app
 * only does on a wall clock); the mutants live in the real app ({@code RealServerMutationTest}). It
 * reuses the model's validator and tables for brevity, so it proves the suite's checks and
 * shrinking, not the model's tables (the model's own tests do that).
 */
public final class ContractFakeServer implements AutoCloseable {

  private static final Instant EPOCH = Instant.parse("2025-10-30T08:00:00Z");
  private static final int MAX_BODY = 1 << 20;
  private static final ObjectMapper STRICT =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static {
    // without it the JDK server's responses wait on Nagle + delayed ACK: ~40 ms each
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final boolean autonomous;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final TreeMap<String, Entry> store = new TreeMap<>();
  private final List<Fault> faults = new ArrayList<>();
  private Duration now = Duration.ZERO;
  private long versions;
  private int ticks;

  /** One stored placement. */
  private static final class Entry {
    ObjectNode spec;
    Status status = Status.PENDING;
    long version;
    Instant createdAt;
    Instant updatedAt;
    Duration successfulAt;
  }

  /** One rule of the simulator's shape that answers an API call with an error. */
  private record Fault(String operation, String placement, int status, String message) {}

  /** Thrown by a handler to answer with an error envelope. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient ObjectNode envelope;

    Failure(int status, ObjectNode envelope) {
      super(null, null, false, false);
      this.status = status;
      this.envelope = envelope;
    }
  }

  private ContractFakeServer(boolean autonomous, int port) throws IOException {
    this.autonomous = autonomous;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A conforming server whose lifecycle is driven by the control API only. */
  public static ContractFakeServer start() throws IOException {
    return new ContractFakeServer(false, 0);
  }

  /**
   * A server whose placements move through the lifecycle on their own, one step per request, like a
   * real deployment seen from outside.
   */
  public static ContractFakeServer startAutonomous() throws IOException {
    return new ContractFakeServer(true, 0);
  }

  /**
   * Serves the test double on {@code 127.0.0.1:<port>} until killed, to try the suite's remote mode
   * by hand: {@code java -cp ... ContractFakeServer 8080}.
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    ContractFakeServer server = new ContractFakeServer(false, port);
    System.out.println("ContractFakeServer on " + server.baseUrl());
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- dispatch ----

  private void handle(HttpExchange exchange) throws IOException {
    int status;
    ObjectNode envelope;
    Map<String, String> headers = new HashMap<>();
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      byte[] body = readBody(exchange.getRequestBody());
      if (path.startsWith("/sim/v1/")) {
        status = control(method, path, body);
        envelope = ok(200, "Success", null);
      } else {
        if (autonomous) {
          autonomousTick();
        }
        envelope =
            api(
                method,
                path,
                query,
                body,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("If-Match"),
                headers);
        status = envelope.path("statusCode").asInt();
      }
    } catch (Failure f) {
      status = f.status;
      envelope = f.envelope;
    } catch (RuntimeException e) {
      status = 500;
      envelope =
          error(
              500,
              "Internal Server Error",
              "",
              "unexpected",
              "Internal error",
              "unexpected",
              "InternalError",
              "");
    }
    byte[] out = Json.write(envelope).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  private ObjectNode api(
      String method,
      String path,
      Map<String, String> query,
      byte[] body,
      String contentType,
      String ifMatch,
      Map<String, String> headers) {
    String base = ContractTexts.BASE;
    if (body.length > MAX_BODY) {
      throw fail(413, "Payload Too Large", "", "request body exceeds 1 MiB");
    }
    if (path.length() > base.length() && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1); // a trailing slash names the same route
    }
    if (path.startsWith(base + "/") && path.endsWith("/enable-egs") && method.equals("PUT")) {
      return enableEgs(decode(path.substring(base.length() + 1, path.length() - 11)));
    }
    if (path.equals(base) && method.equals("POST")) {
      return create(json(body, contentType), headers);
    }
    if (path.equals(base) && method.equals("GET")) {
      return list(query.get("workspaceName"), query);
    }
    if (path.startsWith(base + "/workspace/") && method.equals("GET")) {
      return list(decode(path.substring((base + "/workspace/").length())), query);
    }
    if (path.startsWith(base + "/get/") && method.equals("GET")) {
      return get(decode(path.substring((base + "/get/").length())), headers);
    }
    if (path.startsWith(base + "/") && path.indexOf('/', base.length() + 1) < 0) {
      String name = decode(path.substring(base.length() + 1));
      return switch (method) {
        case "GET" -> get(name, headers);
        case "PUT" -> update(name, json(body, contentType), ifMatch, headers);
        case "DELETE" -> delete(name, ifMatch);
        default -> throw fail(405, "Method Not Allowed", "", method + " not allowed");
      };
    }
    throw fail(404, "Not Found", "", "no route " + method + " " + path);
  }

  // ---- the contract's operations ----

  private ObjectNode create(ObjectNode body, Map<String, String> headers) {
    synchronized (store) {
      String name = body.path("name").asText();
      fault("create", name);
      validate(body);
      if (store.containsKey(name)) {
        throw new Failure(
            409,
            error(
                409,
                ContractTexts.ALREADY_EXISTS,
                "",
                ContractTexts.ALREADY_EXISTS,
                ContractTexts.ALREADY_EXISTS_NESTED,
                ContractTexts.alreadyExistsDetail(name),
                ContractTexts.ALREADY_EXISTS_REASON,
                ""));
      }
      warnUnknown(body, headers);
      Entry e = new Entry();
      e.spec = Representation.created(body);
      e.createdAt = instant();
      e.version = ++versions;
      store.put(name, e);
      return ok(200, ContractTexts.SUCCESS, Json.object().put("name", name));
    }
  }

  private ObjectNode get(String name, Map<String, String> headers) {
    synchronized (store) {
      fault("get", name);
      Entry e = entry(name);
      headers.put("ETag", etag(e));
      return ok(200, ContractTexts.SUCCESS, render(name, e, false));
    }
  }

  private ObjectNode list(String workspace, Map<String, String> query) {
    synchronized (store) {
      fault("list", null);
      String statusFilter = query.get("provisioningStatus");
      if (statusFilter != null && Status.fromWireName(statusFilter).isEmpty()) {
        throw fail(400, "Bad Request", "", "unknown provisioningStatus " + statusFilter);
      }
      int limit =
          query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : Integer.MAX_VALUE;
      String after = query.getOrDefault("continue", "");
      ArrayNode items = Json.MAPPER.createArrayNode();
      String last = null;
      boolean more = false;
      var tail = after.isEmpty() ? store : store.tailMap(after, false);
      for (var e : tail.entrySet()) {
        Entry entry = e.getValue();
        if ((workspace != null && !workspace.equals(entry.spec.path("workspaceName").asText()))
            || (statusFilter != null && !statusFilter.equals(entry.status.wireName()))) {
          continue;
        }
        if (items.size() == limit) {
          more = true;
          break;
        }
        items.add(render(e.getKey(), entry, true));
        last = e.getKey();
      }
      ObjectNode envelope = ok(200, ContractTexts.SUCCESS, items);
      if (more) {
        envelope.putObject("metadata").put("continue", last);
      }
      return envelope;
    }
  }

  private ObjectNode update(
      String name, ObjectNode patch, String ifMatch, Map<String, String> headers) {
    Entry e;
    ObjectNode merged;
    synchronized (store) {
      fault("update", name);
      e = entry(name);
      requireVersion(e, ifMatch);
      Set<Field> changed =
          ReferenceModel.changedFields(e.spec, ReferenceModel.merge(e.spec, patch));
      changed.removeAll(Field.mutableIn(e.status));
      if (!changed.isEmpty()) {
        String fields = changed.stream().map(Enum::name).collect(Collectors.joining(" or "));
        throw new Failure(
            409,
            error(
                409,
                ContractTexts.INVALID_UPDATE,
                ContractTexts.INVALID_UPDATE_KEY,
                "Cannot update " + fields + " when provisioningStatus is " + e.status.wireName(),
                ContractTexts.INVALID_UPDATE_NESTED,
                fields + " cannot change now",
                ContractTexts.CONFLICT_REASON,
                ContractTexts.INVALID_UPDATE_DETAILS));
      }
      merged = ReferenceModel.merge(e.spec, patch);
      validate(merged.deepCopy().put("name", name));
      write(e, merged);
      return ok(200, ContractTexts.UPDATED, Json.object().put("name", name));
    }
  }

  private void write(Entry e, ObjectNode merged) {
    if (!ReferenceModel.changedFields(e.spec, merged).isEmpty()) {
      e.spec = merged;
      e.updatedAt = instant();
      e.version = ++versions;
      completeBursts();
    }
  }

  private ObjectNode enableEgs(String name) {
    synchronized (store) {
      Entry e = entry(name);
      if (!Field.egsEnableableIn(e.status)) {
        throw new Failure(
            409,
            error(
                409,
                ContractTexts.INVALID_UPDATE,
                ContractTexts.INVALID_UPDATE_KEY,
                "Cannot update enableEGS when provisioningStatus is " + e.status.wireName(),
                ContractTexts.INVALID_UPDATE_NESTED,
                "enableEGS cannot change now",
                ContractTexts.CONFLICT_REASON,
                ContractTexts.INVALID_UPDATE_DETAILS));
      }
      write(e, e.spec.deepCopy().put("enableEGS", true));
      return ok(200, ContractTexts.UPDATED, Json.object().put("name", name));
    }
  }

  private ObjectNode delete(String name, String ifMatch) {
    synchronized (store) {
      fault("delete", name);
      Entry e = entry(name);
      requireVersion(e, ifMatch);
      if (!Field.deletableIn(e.status)) {
        throw new Failure(
            409,
            error(
                409,
                ContractTexts.DELETION_RESTRICTED,
                ContractTexts.DELETION_RESTRICTED_KEY,
                ContractTexts.DELETION_RESTRICTED_ERROR,
                ContractTexts.DELETION_RESTRICTED_NESTED,
                ContractTexts.DELETION_RESTRICTED_DETAIL,
                ContractTexts.CONFLICT_REASON,
                ContractTexts.DELETION_RESTRICTED_DETAILS));
      }
      store.remove(name);
      return ok(200, ContractTexts.DELETED, Json.object().put("name", name));
    }
  }

  // ---- the simulator's control API ----

  private int control(String method, String path, byte[] body) {
    synchronized (store) {
      if (method.equals("POST") && path.equals("/sim/v1/reset")) {
        store.clear();
        faults.clear();
        now = Duration.ZERO;
        return 200;
      }
      if (method.equals("POST") && path.equals("/sim/v1/clock/advance")) {
        now =
            now.plus(
                Durations.parse(
                    Json.parse(new String(body, StandardCharsets.UTF_8))
                        .path("duration")
                        .asText()));
        completeBursts();
        return 200;
      }
      if (method.equals("PUT") && path.equals("/sim/v1/faults")) {
        faults.clear();
        for (JsonNode f : Json.parse(new String(body, StandardCharsets.UTF_8)).path("rules")) {
          JsonNode effect = f.path("effect");
          if (!effect.path("type").asText().equals("respond")) {
            throw fail(400, "Bad Request", "ValidationError", "only respond rules are faked");
          }
          // the simulator's rule without times fires forever; the suite always says how often
          for (int i = 0; i < f.path("times").asInt(1); i++) {
            faults.add(
                new Fault(
                    f.path("match").path("operation").asText(),
                    f.path("match").path("placement").asText(null),
                    effect.path("status").asInt(),
                    effect.path("message").asText()));
          }
        }
        return 200;
      }
      if (method.equals("POST") && path.equals("/sim/v1/faults")) {
        // the fake has no steps: a failStep rule is accepted and has nothing to fail
        return 200;
      }
      if (method.equals("DELETE") && path.equals("/sim/v1/faults")) {
        faults.clear();
        return 200;
      }
      if (method.equals("PUT")
          && path.startsWith("/sim/v1/placements/")
          && path.endsWith("/status")) {
        String name =
            decode(
                path.substring("/sim/v1/placements/".length(), path.length() - "/status".length()));
        Entry e = entry(name);
        Status target =
            Status.fromWireName(
                    Json.parse(new String(body, StandardCharsets.UTF_8))
                        .path("provisioningStatus")
                        .asText())
                .orElseThrow();
        if (!Lifecycle.successors(e.status).contains(target)) {
          throw fail(409, "Conflict", "", e.status + " cannot become " + target);
        }
        move(e, target);
        return 200;
      }
      throw fail(404, "Not Found", "", "no control route " + path);
    }
  }

  private void move(Entry e, Status target) {
    e.status = target;
    e.version = ++versions;
    e.updatedAt = instant();
    e.successfulAt = target == Status.SUCCESSFUL ? now : null;
  }

  /** A Successful placement is Completed once its burst has elapsed. */
  private void completeBursts() {
    for (Entry e : store.values()) {
      if (e.status == Status.SUCCESSFUL
          && e.successfulAt != null
          && e.spec.has("burstDuration")
          && now.compareTo(
                  e.successfulAt.plus(Durations.parse(e.spec.path("burstDuration").asText())))
              >= 0) {
        move(e, Status.COMPLETED);
      }
    }
  }

  /** Autonomous mode: one placement, in turn, takes one step per request. */
  private void autonomousTick() {
    synchronized (store) {
      // a Successful placement without burstDuration has no end to move to (section 7)
      List<Entry> moving =
          store.values().stream()
              .filter(e -> !e.status.isTerminal())
              .filter(e -> e.status != Status.SUCCESSFUL || e.spec.has("burstDuration"))
              .toList();
      if (moving.isEmpty()) {
        return;
      }
      Entry e = moving.get(ticks++ % moving.size());
      List<Status> next = new ArrayList<>(Lifecycle.successors(e.status));
      move(e, next.get(ticks % next.size()));
    }
  }

  // ---- helpers ----

  private Entry entry(String name) {
    Entry e = store.get(name);
    if (e == null) {
      throw new Failure(
          404,
          error(
              404,
              ContractTexts.NOT_FOUND,
              "",
              ContractTexts.NOT_FOUND_ERROR,
              ContractTexts.notFoundNested(name),
              ContractTexts.NOT_FOUND_DETAIL,
              ContractTexts.NOT_FOUND_REASON,
              ""));
    }
    return e;
  }

  private ObjectNode render(String name, Entry e, boolean listItem) {
    ObjectNode data = Representation.readBack(e.spec, listItem);
    data.put("name", name);
    data.set("clusterNames", data.get("clusters"));
    ObjectNode status = data.putObject("status");
    status
        .put("provisioningStatus", e.status.wireName())
        .put("phase", e.status.phase())
        .put("message", e.status.wireName());
    status.putArray("conditions");
    status.put("lastUpdated", format(e.updatedAt != null ? e.updatedAt : e.createdAt));
    data.put("createdAt", format(e.createdAt));
    if (e.updatedAt != null) {
      data.put("updatedAt", format(e.updatedAt));
    }
    return data;
  }

  private void validate(ObjectNode body) {
    List<Violation> violations = SpecValidator.validate(body);
    if (violations.isEmpty()) {
      return;
    }
    ObjectNode envelope =
        error(
            400,
            "Bad Request",
            ContractTexts.VALIDATION_ERROR_KEY,
            "validation failed",
            "Validation failed",
            "invalid placement",
            "Invalid",
            "");
    ArrayNode fields = ((ObjectNode) envelope.get("error")).putArray("fields");
    violations.forEach(
        v -> fields.addObject().put("field", v.primaryPath()).put("message", v.description()));
    throw new Failure(400, envelope);
  }

  private static void warnUnknown(ObjectNode body, Map<String, String> headers) {
    List<String> known =
        new ArrayList<>(java.util.Arrays.stream(Field.values()).map(Enum::name).toList());
    known.add("clusterNames");
    body.fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                headers.put("Warning", "299 - \"unknown field \\\"" + f + "\\\"\"");
              }
            });
  }

  private void requireVersion(Entry e, String ifMatch) {
    if (ifMatch != null && !ifMatch.equals(etag(e))) {
      throw fail(412, "Precondition Failed", "", "If-Match " + ifMatch + " is stale");
    }
  }

  private static String etag(Entry e) {
    return "\"" + e.version + "\"";
  }

  private void fault(String operation, String placement) {
    for (Fault f : faults) {
      if (f.operation().equals(operation)
          && (f.placement() == null || f.placement().equals(placement))) {
        faults.remove(f);
        if (f.status() == 500 && operation.equals("list")) {
          throw new Failure(
              500,
              error(
                  500,
                  ContractTexts.INTERNAL_ERROR,
                  "",
                  ContractTexts.LIST_FAILED,
                  "Error retrieving workload placements",
                  f.message(),
                  "InternalError",
                  ""));
        }
        throw fail(f.status(), "Service Unavailable", "", f.message());
      }
    }
  }

  private static ObjectNode json(byte[] body, String contentType) {
    if (contentType == null || !contentType.startsWith("application/json")) {
      throw fail(415, "Unsupported Media Type", "", "body must be application/json");
    }
    try {
      JsonNode node = STRICT.readTree(body);
      if (node == null || !node.isObject()) {
        throw fail(
            400, "Bad Request", ContractTexts.MALFORMED_JSON_KEY, "body must be a JSON object");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw fail(400, "Bad Request", ContractTexts.MALFORMED_JSON_KEY, "malformed JSON");
    }
  }

  private static ObjectNode ok(int status, String message, JsonNode data) {
    ObjectNode envelope =
        Json.object().put("statusCode", status).put("status", "OK").put("message", message);
    envelope.set("data", data);
    return envelope;
  }

  private static Failure fail(int status, String message, String errorKey, String errorMessage) {
    return new Failure(
        status,
        error(
            status,
            message,
            errorKey,
            errorMessage,
            message,
            errorMessage,
            message.replace(" ", ""),
            ""));
  }

  private static ObjectNode error(
      int status,
      String message,
      String errorKey,
      String errorMessage,
      String nestedMessage,
      String detail,
      String reason,
      String details) {
    ObjectNode nested = Json.object();
    ObjectNode inner =
        nested.putObject("error").put("Message", nestedMessage).put("Status", status);
    inner
        .putObject("DetailedError")
        .put("Errormessage", detail)
        .put("Reason", reason)
        .put("Details", details);
    inner
        .put("StatusCode", status)
        .put("ReferenceDocumentation", ContractTexts.REFERENCE_DOCUMENTATION);
    ObjectNode envelope =
        Json.object().put("statusCode", status).put("status", "Error").put("message", message);
    envelope.putNull("data");
    envelope
        .putObject("error")
        .put("errorKey", errorKey)
        .put("message", errorMessage)
        .put("data", Json.write(nested));
    return envelope;
  }

  private Instant instant() {
    return EPOCH.plus(now).truncatedTo(ChronoUnit.SECONDS);
  }

  private static String format(Instant instant) {
    return instant.toString();
  }

  private static byte[] readBody(InputStream in) throws IOException {
    return in.readNBytes(MAX_BODY + 1);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        out.put(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}

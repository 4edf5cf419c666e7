package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.model.ContractTexts;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.ModelPlacement;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.sut.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists placements, page by page when {@code limit} is positive (the whole list without filters as
 * the SDK asks for it, with a trailing slash), and checks the pages against the model: no item
 * repeated across pages, no page longer than the limit, every item satisfies the filters, every
 * item of this execution reads back as stored, and none the model knows is lost.
 *
 * @param workspace index of the workspace filter in the target's workspaces, or -1 for none
 * @param workspaceRoute filter through the SDK's {@code /workspace/{name}} route instead
 * @param status the provisioningStatus filter, or null
 * @param limit the page size, or 0 for one page with everything
 */
record ListAction(int workspace, boolean workspaceRoute, Status status, int limit)
    implements Action {

  private static final int MAX_PAGES = 10_000;

  @Override
  public void run(SequenceRun run) {
    Optional<String> ws =
        workspace < 0 ? Optional.empty() : Optional.of(run.caps().workspaces().get(workspace));
    Set<String> mustAppear = mustAppear(run, ws);
    Set<String> seen = new HashSet<>();
    String token = null;
    for (int page = 1; ; page++) {
      Response response =
          run.client().call("GET", path(ws, token, run.caps().currentRevision()), null, Map.of());
      Expected ok = Expected.status(200, "list").message(ContractTexts.SUCCESS);
      run.client().expect(toString() + " page " + page, List.of(ok), response);
      JsonNode envelope = Json.parse(response.body());
      JsonNode items = envelope.path("data");
      if (!items.isArray()) {
        throw new AssertionError("list data is not an array: " + items);
      }
      if (limit > 0 && items.size() > limit) {
        throw new AssertionError(
            "page " + page + " holds " + items.size() + " items, limit " + limit);
      }
      for (JsonNode item : items) {
        checkItem(run, ws, item, seen, page);
      }
      if (limit == 0 && envelope.has("metadata")) {
        // the SDK builds an object from exactly the envelope's five keys (section 7)
        throw new AssertionError("a list that asked for no limit carries metadata: " + envelope);
      }
      token = envelope.path("metadata").path("continue").asText("");
      if (token.isEmpty()) {
        break;
      }
      if (page >= MAX_PAGES) {
        throw new AssertionError("paging did not end after " + MAX_PAGES + " pages");
      }
    }
    mustAppear.removeAll(seen);
    if (!mustAppear.isEmpty()) {
      throw new AssertionError(
          toString()
              + " lost "
              + mustAppear
              + " (model: "
              + Action.describe(run.model().placements())
              + ")");
    }
  }

  private void checkItem(
      SequenceRun run, Optional<String> ws, JsonNode item, Set<String> seen, int page) {
    String name = item.path("name").asText(null);
    if (name == null || !seen.add(name)) {
      throw new AssertionError("item " + name + " repeated (again on page " + page + ")");
    }
    if (ws.isPresent() && !ws.get().equals(item.path("workspaceName").asText(null))) {
      throw new AssertionError(
          "workspace filter "
              + ws.get()
              + " returned "
              + name
              + " of "
              + item.path("workspaceName"));
    }
    String itemStatus = item.path("status").path("provisioningStatus").asText(null);
    if (status != null && !status.wireName().equals(itemStatus)) {
      throw new AssertionError(
          "status filter " + status + " returned " + name + " in " + itemStatus);
    }
    if (run.owns(name)) {
      run.model().checkRead(name, item, true);
    }
  }

  /** Placements of this execution the list cannot miss, whatever the lifecycle did meanwhile. */
  private Set<String> mustAppear(SequenceRun run, Optional<String> ws) {
    Set<String> names = new TreeSet<>();
    run.model()
        .placements()
        .forEach(
            (name, p) -> {
              boolean inWorkspace =
                  ws.map(w -> w.equals(p.stored().path("workspaceName").asText())).orElse(true);
              if (inWorkspace && (status == null || surelyIn(run, p))) {
                names.add(name);
              }
            });
    return names;
  }

  private boolean surelyIn(SequenceRun run, ModelPlacement p) {
    return p.known().filter(s -> s == status).isPresent()
        && (!run.caps().autonomousLifecycle() || status.isTerminal());
  }

  private String path(Optional<String> ws, String token, boolean currentRevision) {
    StringBuilder path = new StringBuilder(BASE);
    StringBuilder query = new StringBuilder();
    if (ws.isPresent() && workspaceRoute) {
      path.append("/workspace/").append(encode(ws.get()));
    } else {
      ws.ifPresent(w -> param(query, "workspaceName", w));
    }
    if (status != null) {
      param(query, "provisioningStatus", status.wireName());
    }
    if (limit > 0) {
      param(query, "limit", Integer.toString(limit));
    }
    if (token != null) {
      param(query, "continue", token);
    }
    if (query.length() == 0 && !workspaceRoute && currentRevision) {
      return path + "/"; // the whole list, as the SDK asks for it
    }
    return query.length() == 0 ? path.toString() : path + "?" + query;
  }

  private static void param(StringBuilder query, String name, String value) {
    query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(encode(value));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "list"
        + (workspace < 0
            ? ""
            : (workspaceRoute ? " via /workspace/ of ws" : " workspaceName=ws") + workspace)
        + (status == null ? "" : " provisioningStatus=" + status)
        + (limit > 0 ? " limit=" + limit : "");
  }
}

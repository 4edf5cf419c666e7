package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static io.workloadplacement.rest.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.rest.auth.ApiKey;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles and workspaces (contract section 5): an Owner sees everything, an Editor reads and writes
 * one workspace, a Viewer reads one; other workspaces do not exist for them (404, never 403), and
 * nothing a refused call asked for reaches the store.
 */
class WorkspaceAccessTest {

  private final TestServer server =
      TestServer.withAuth(
          List.of(
              ApiKey.owner("owner-key"),
              ApiKey.editor("editor-key", "abc"),
              ApiKey.viewer("viewer-key", "abc")),
          b -> b);

  private String owner;
  private String editor;
  private String viewer;

  @BeforeEach
  void storePlacements() {
    owner = server.token("owner-key");
    editor = server.token("editor-key");
    viewer = server.token("viewer-key");
    create(owner, "abc", "a-1");
    create(owner, "abc", "a-2");
    create(owner, "xyz", "x-1");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void create(String token, String workspace, String name) {
    assertThat(server.post(BASE, Placements.json(workspace, name), bearer(token)).status())
        .isEqualTo(200);
  }

  private static List<String> names(Reply reply) {
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().path("data").spliterator(), false)
        .map(item -> item.path("name").asText())
        .toList();
  }

  @Test
  void anOwnerSeesAndWritesEveryWorkspace() {
    assertThat(names(server.get(BASE, bearer(owner)))).containsExactly("a-1", "a-2", "x-1");
    assertThat(names(server.get(BASE + "/workspace/xyz", bearer(owner)))).containsExactly("x-1");
    assertThat(server.get(BASE + "/x-1", bearer(owner)).status()).isEqualTo(200);
    assertThat(server.put(BASE + "/x-1", "{\"burstDuration\":\"2h\"}", bearer(owner)).status())
        .isEqualTo(200);
    assertThat(server.delete(BASE + "/x-1", bearer(owner)).status()).isEqualTo(200);
  }

  @Test
  void anEditorListsOnlyItsWorkspace() {
    assertThat(names(server.get(BASE, bearer(editor)))).containsExactly("a-1", "a-2");
    assertThat(names(server.get(BASE + "?workspaceName=abc", bearer(editor))))
        .containsExactly("a-1", "a-2");
    assertThat(names(server.get(BASE + "?workspaceName=xyz", bearer(editor)))).isEmpty();
    assertThat(names(server.get(BASE + "/workspace/xyz", bearer(editor)))).isEmpty();
    assertThat(names(server.get(BASE + "/workspace/abc", bearer(editor))))
        .containsExactly("a-1", "a-2");
  }

  @Test
  void anEditorPagesThroughItsWorkspaceOnly() {
    create(owner, "xyz", "a-15");
    Reply first = server.get(BASE + "?limit=1", bearer(editor));
    String next = first.json().path("metadata").path("continue").asText();
    Reply second = server.get(BASE + "?limit=1&continue=" + next, bearer(editor));

    assertThat(names(first)).containsExactly("a-1");
    assertThat(names(second)).containsExactly("a-2");
    assertThat(second.json().has("metadata")).isFalse();
  }

  @Test
  void anEditorReadsAndWritesItsWorkspace() {
    assertThat(server.get(BASE + "/a-1", bearer(editor)).status()).isEqualTo(200);
    assertThat(server.get(BASE + "/get/a-1", bearer(editor)).status()).isEqualTo(200);
    assertThat(server.put(BASE + "/a-1", "{\"burstDuration\":\"2h\"}", bearer(editor)).status())
        .isEqualTo(200);
    assertThat(stored("a-1").placement().spec().burstDuration().text()).isEqualTo("2h");
    create(editor, "abc", "a-3");
    assertThat(server.delete(BASE + "/a-2", bearer(editor)).status()).isEqualTo(200);

    assertThat(server.stored()).extracting(VersionedPlacement::name).contains("a-3");
    assertThat(server.stored()).extracting(VersionedPlacement::name).doesNotContain("a-2");
  }

  @Test
  void aPlacementInAnotherWorkspaceDoesNotExistForAnEditor() {
    List<VersionedPlacement> before = server.stored();

    for (Reply reply :
        List.of(
            server.get(BASE + "/x-1", bearer(editor)),
            server.get(BASE + "/get/x-1", bearer(editor)),
            server.put(BASE + "/x-1", "{\"burstDuration\":\"2h\"}", bearer(editor)),
            server.delete(BASE + "/x-1", bearer(editor)))) {
      assertNotFound(reply, "x-1");
    }
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void aForeignPlacementLooksExactlyLikeAMissingOne() {
    JsonNode foreign = server.get(BASE + "/x-1", bearer(editor)).json();
    JsonNode missing = server.get(BASE + "/x-9", bearer(editor)).json();

    assertThat(foreign.toString().replace("x-1", "x-9")).isEqualTo(missing.toString());
  }

  @Test
  void anEditorCannotCreateInAnotherWorkspace() {
    List<VersionedPlacement> before = server.stored();

    Reply reply = server.post(BASE, Placements.json("xyz", "x-2"), bearer(editor));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("WorkspaceNotFound");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void anEditorCannotMoveAPlacementToAnotherWorkspace() {
    List<VersionedPlacement> before = server.stored();

    Reply reply = server.put(BASE + "/a-1", "{\"workspaceName\":\"xyz\"}", bearer(editor));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("InvalidUpdate");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void aViewerReadsItsWorkspaceOnly() {
    assertThat(names(server.get(BASE, bearer(viewer)))).containsExactly("a-1", "a-2");
    assertThat(server.get(BASE + "/a-1", bearer(viewer)).status()).isEqualTo(200);
    assertNotFound(server.get(BASE + "/x-1", bearer(viewer)), "x-1");
  }

  @Test
  void aViewersWriteInItsWorkspaceIs403() {
    List<VersionedPlacement> before = server.stored();

    for (Reply reply :
        List.of(
            server.post(BASE, Placements.json("abc", "a-3"), bearer(viewer)),
            server.put(BASE + "/a-1", "{\"burstDuration\":\"2h\"}", bearer(viewer)),
            server.put(BASE + "/a-1", "", bearer(viewer)),
            server.delete(BASE + "/a-1", bearer(viewer)))) {
      assertForbidden(reply);
    }
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void aViewersWriteElsewhereIs404NotForbidden() {
    List<VersionedPlacement> before = server.stored();

    assertNotFound(server.put(BASE + "/x-1", "{}", bearer(viewer)), "x-1");
    assertNotFound(server.delete(BASE + "/x-1", bearer(viewer)), "x-1");
    Reply create = server.post(BASE, Placements.json("xyz", "x-2"), bearer(viewer));
    assertThat(create.status()).isEqualTo(404);
    assertThat(create.json().path("error").path("errorKey").asText())
        .isEqualTo("WorkspaceNotFound");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void aViewersCreateWithoutWorkspaceIs403() {
    Reply reply =
        server.post(BASE, Placements.json("abc", "a-3").replace("\"abc\"", "null"), bearer(viewer));

    assertForbidden(reply);
  }

  private VersionedPlacement stored(String name) {
    return server.stored().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  /** The contract's not-found texts, exactly. */
  private static void assertNotFound(Reply reply, String name) {
    assertThat(reply.status()).isEqualTo(404);
    JsonNode json = reply.json();
    assertThat(json.path("message").asText()).isEqualTo("Not Found");
    assertThat(json.path("error").path("errorKey").asText()).isEmpty();
    assertThat(json.path("error").path("message").asText())
        .isEqualTo("Workload Placement not found");
    JsonNode nested = reply.nestedError();
    assertThat(nested.path("Message").asText())
        .isEqualTo("WorkloadPlacement with name '" + name + "' not found");
    assertThat(nested.path("DetailedError").path("Errormessage").asText())
        .isEqualTo("resource not found");
    assertThat(nested.path("DetailedError").path("Reason").asText()).isEqualTo("NotFound");
  }

  private static void assertForbidden(Reply reply) {
    assertThat(reply.status()).isEqualTo(403);
    JsonNode json = reply.json();
    assertThat(json.path("statusCode").asInt()).isEqualTo(403);
    assertThat(json.path("message").asText()).isEqualTo("Forbidden");
    assertThat(json.path("error").path("errorKey").asText()).isEqualTo("Forbidden");
    assertThat(json.path("error").path("message").asText())
        .isEqualTo("Viewer role cannot modify workload placements");
    assertThat(reply.nestedError().path("DetailedError").path("Reason").asText())
        .isEqualTo("Forbidden");
  }
}

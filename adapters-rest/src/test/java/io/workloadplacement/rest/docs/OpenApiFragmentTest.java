package io.workloadplacement.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extensions' fragments merge into the API's document, and never replace what is there. */
class OpenApiFragmentTest {

  private static final OpenApiFragment EXTRA =
      OpenApiFragment.fromResource(OpenApiFragmentTest.class, "extra.openapi.json");

  // the API's own document, as its resource holds it
  private static byte[] base() throws IOException {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void aFragmentsPathsComponentsAndTagsJoinTheDocumentWhichStaysValid() throws Exception {
    byte[] merged = OpenApiFragment.mergeInto(base(), List.of(EXTRA));

    JsonNode tree = JsonMapping.objectMapper().readTree(merged);
    assertThat(tree.path("paths").has("/extra")).isTrue();
    assertThat(tree.path("paths").has("/api/v1/workload-placement")).isTrue();
    assertThat(tree.path("components").path("schemas").has("Extra")).isTrue();
    assertThat(tree.path("components").path("schemas").has("Placement")).isTrue();
    assertThat(tree.path("tags").findValuesAsText("name")).contains("Service", "Extra");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    assertThat(
            new OpenAPIV3Parser()
                .readContents(new String(merged, StandardCharsets.UTF_8), null, options)
                .getMessages())
        .isEmpty();
  }

  @Test
  void aPathOrComponentDocumentedTwiceIsRefused() {
    assertThatThrownBy(() -> OpenApiFragment.mergeInto(base(), List.of(EXTRA, EXTRA)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("documented twice");
  }

  @Test
  void withoutFragmentsTheDocumentIsUnchanged() throws IOException {
    assertThat(OpenApiFragment.mergeInto(base(), List.of())).isEqualTo(base());
  }
}

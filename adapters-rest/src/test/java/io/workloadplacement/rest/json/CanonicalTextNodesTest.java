package io.workloadplacement.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CanonicalTextNodesTest {

  @Test
  void aTextRepeatedAcrossBodiesIsOneInstance() throws Exception {
    JsonNode first = JsonMapping.objectMapper().readTree("{\"chart\": \"vaidio/cuda\"}");
    // the parser makes a new String for each text it reads
    JsonNode second = JsonMapping.objectMapper().readTree("[\"vaidio/cuda\"]").get(0);

    assertThat(second.textValue())
        .isEqualTo("vaidio/cuda")
        .isSameAs(first.get("chart").textValue());
  }

  @Test
  void longTextsAreNotKept() throws Exception {
    String body = "x".repeat(300);
    JsonNode first = JsonMapping.objectMapper().readTree("\"" + body + "\"");
    JsonNode second = JsonMapping.objectMapper().readTree("\"" + body + "\"");

    assertThat(second.textValue()).isEqualTo(first.textValue()).isNotSameAs(first.textValue());
  }

  @Test
  void uniqueTextsDoNotGrowItPastItsSlots() {
    CanonicalTextNodes nodes = new CanonicalTextNodes();
    for (int i = 0; i < 10 * CanonicalTextNodes.SLOTS; i++) {
      nodes.textNode("placement-" + i);
    }

    assertThat(nodes.held()).isLessThanOrEqualTo(CanonicalTextNodes.SLOTS);
  }

  @Test
  void aTextFirstSeenAfterManyUniqueOnesIsStillShared() {
    CanonicalTextNodes nodes = new CanonicalTextNodes();
    for (int i = 0; i < 10 * CanonicalTextNodes.SLOTS; i++) {
      nodes.textNode("placement-" + i);
    }

    String first = nodes.textNode(new String("vaidio/cuda-2")).textValue();
    String second = nodes.textNode(new String("vaidio/cuda-2")).textValue();

    assertThat(second).isSameAs(first);
  }
}

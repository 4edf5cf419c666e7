package io.workloadplacement.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the API: strict about what it reads (duplicate keys, nesting
 * depth, trailing content), plain about what it writes. Shared with adapters that must write
 * exactly what the API writes (the simulator's watch stream).
 */
public final class JsonMapping {

  /** The contract's limit on JSON nesting. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final ObjectMapper MAPPER = newObjectMapper();

  private JsonMapping() {}

  /** The shared, fully configured mapper. Thread-safe; do not reconfigure it. */
  public static ObjectMapper objectMapper() {
    return MAPPER;
  }

  /** A new mapper with the API's configuration, for callers that need their own instance. */
  public static ObjectMapper newObjectMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            // the contract rejects duplicate keys rather than letting the last one win
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        // texts repeated across bodies (charts, URLs, step names) are stored once
        .nodeFactory(new CanonicalTextNodes())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .build();
  }
}

package io.workloadplacement.k8s.server;

import io.workloadplacement.rest.auth.ApiKey;
import java.util.ArrayList;
import java.util.List;

/**
 * API keys written one per line, each in the form of the simulator's {@code --api-key} ({@code
 * KEY:Owner[:WORKSPACE][@RFC3339]}); blank lines and lines starting with {@code #} are skipped. The
 * format of {@code --api-keys-file} and of the {@code api-keys} key of {@code --api-keys-secret}.
 */
final class ApiKeyLines {

  private ApiKeyLines() {}

  /**
   * The keys {@code text} lists.
   *
   * @throws IllegalArgumentException naming {@code source} and the line of the first bad key (never
   *     the key itself)
   */
  static List<ApiKey> parse(String text, String source) {
    List<ApiKey> keys = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        keys.add(ApiKey.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ", line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return keys;
  }
}

package io.workloadplacement.rest.placement;

/**
 * The {@code Warning} header value for an ignored unknown field, as the Kubernetes API writes it.
 */
final class UnknownFieldWarning {

  private UnknownFieldWarning() {}

  /**
   * {@code 299 - "unknown field \"path\""}. The path is a client's key: anything that is not
   * printable ASCII is escaped so that it cannot break the header.
   */
  static String of(String path) {
    String quoted = "unknown field \"" + path + "\"";
    StringBuilder value = new StringBuilder("299 - \"");
    for (char c : quoted.toCharArray()) {
      if (c == '"' || c == '\\') {
        value.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        value.append(String.format("\\u%04x", (int) c));
      } else {
        value.append(c);
      }
    }
    return value.append('"').toString();
  }
}

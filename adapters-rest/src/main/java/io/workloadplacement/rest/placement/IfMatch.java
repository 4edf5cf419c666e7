package io.workloadplacement.rest.placement;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The version an {@code If-Match} header pins: the entity tag without quotes (or a weak {@code W/}
 * prefix); empty when absent or {@code *}, which any current version matches.
 */
final class IfMatch {

  private IfMatch() {}

  static Optional<String> of(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return Optional.empty();
    }
    String tag = header.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    return Optional.of(tag);
  }
}

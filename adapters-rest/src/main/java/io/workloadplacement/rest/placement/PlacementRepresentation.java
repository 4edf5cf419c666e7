package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.UncheckedIOException;

/**
 * A placement exactly as the API shows it, for the API itself and for adapters that must show it
 * the same way (the simulator's watch stream).
 */
public final class PlacementRepresentation {

  private PlacementRepresentation() {}

  /** The placement as GET's {@code data} shows it, as an object Jackson serializes. */
  public static Object of(VersionedPlacement placement) {
    return PlacementView.from(placement.placement(), true);
  }

  /** The placement as one item of LIST's {@code data}: without manifest data. */
  public static Object listItemOf(VersionedPlacement placement) {
    return PlacementView.from(placement.placement(), false);
  }

  /** The placement as GET's {@code data} shows it, as compact JSON text. */
  public static String toJson(VersionedPlacement placement) {
    try {
      return JsonMapping.objectMapper().writeValueAsString(of(placement));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The strong entity tag of the placement's version, as {@code ETag} carries it. */
  public static String etagOf(VersionedPlacement placement) {
    return "\"" + placement.version() + "\"";
  }
}

package io.workloadplacement.domain.failure;

/** No placement has that name (for this caller). */
public final class PlacementNotFoundException extends PlacementException {
  private final String name;

  public PlacementNotFoundException(String name) {
    super("workload placement \"" + name + "\" not found");
    this.name = name;
  }

  /** The name looked for. */
  public String name() {
    return name;
  }
}

package io.workloadplacement.domain.failure;

/** A placement with that name already exists. */
public final class PlacementAlreadyExistsException extends PlacementException {
  private final String name;

  public PlacementAlreadyExistsException(String name) {
    super("workload placement \"" + name + "\" already exists");
    this.name = name;
  }

  /** The name that is taken. */
  public String name() {
    return name;
  }
}

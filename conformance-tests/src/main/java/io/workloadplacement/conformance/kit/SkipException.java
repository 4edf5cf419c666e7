package io.workloadplacement.conformance.kit;

/** Thrown by a property that cannot run on the current target; reported as skipped. */
public final class SkipException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SkipException(String reason) {
    super(reason);
  }
}

package io.workloadplacement.k8s.steps;

/** A command step that is not on the allowlist; the message names what was refused. */
final class CommandNotAllowedException extends Exception {

  private static final long serialVersionUID = 1L;

  CommandNotAllowedException(String message) {
    super(message, null, false, false);
  }
}

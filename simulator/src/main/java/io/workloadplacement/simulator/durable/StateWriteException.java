package io.workloadplacement.simulator.durable;

/**
 * A change could not be made durable (the disk failed or filled up): the change happened in memory
 * but must not be reported as done.
 */
public final class StateWriteException extends RuntimeException {

  public StateWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}

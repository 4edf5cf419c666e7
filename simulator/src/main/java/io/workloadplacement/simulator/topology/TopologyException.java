package io.workloadplacement.simulator.topology;

/** A topology file that cannot be read or does not make sense; the message says where. */
public final class TopologyException extends RuntimeException {

  public TopologyException(String message) {
    super(message);
  }

  public TopologyException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.workloadplacement.simulator.durable;

/**
 * A data directory the simulator will not use: another program's, written by another format
 * version, corrupted, or in use. Its message is one line that says which and why.
 */
public final class DataDirectoryException extends RuntimeException {

  public DataDirectoryException(String message) {
    super(message);
  }

  public DataDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}

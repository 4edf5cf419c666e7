package io.workloadplacement.simulator.durable;

import java.util.Optional;

/**
 * Where the simulator keeps its state across restarts. {@link #write} returns only once the changes
 * are durable (they survive a crash of the process or the machine), and a crash during a write
 * leaves the state as it was before it or after it, never between.
 */
public interface StateStore extends AutoCloseable {

  /** The state last written, or empty when the store is new. */
  Optional<KeptState> load();

  /** Writes {@code changes} as one atomic, durable transaction. */
  void write(StateChanges changes);

  @Override
  void close();
}

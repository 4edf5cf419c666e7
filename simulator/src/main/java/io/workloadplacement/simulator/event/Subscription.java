package io.workloadplacement.simulator.event;

/** A subscription to placement events; closing it stops delivery. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops delivery; closing twice is harmless. */
  @Override
  void close();
}

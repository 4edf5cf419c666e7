/**
 * The simulator's durable state (the {@code --data-dir} option): the port {@link
 * io.workloadplacement.simulator.durable.StateStore}, its SQLite adapter, and the {@link
 * io.workloadplacement.simulator.durable.Checkpointer} that writes every completed change before it
 * is answered.
 */
package io.workloadplacement.simulator.durable;

/**
 * The simulator: an in-memory backend for the domain's out-ports, with simulated GPU clusters, a
 * controllable clock and fault injection. {@link io.workloadplacement.simulator.Simulator} wires it
 * together.
 */
package io.workloadplacement.simulator;

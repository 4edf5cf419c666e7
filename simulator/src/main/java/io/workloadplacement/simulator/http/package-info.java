/**
 * The simulator's HTTP surface beside the Workload Placement API: the control API under {@code
 * /sim/v1}, fault injection on the client-facing routes, and the watch stream. {@link
 * io.workloadplacement.simulator.http.SimulatorControlApi} mounts it all on the REST adapter's app.
 */
package io.workloadplacement.simulator.http;

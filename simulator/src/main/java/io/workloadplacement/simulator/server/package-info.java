/**
 * The standalone simulator server: {@link io.workloadplacement.simulator.server.SimulatorServer}
 * wires the simulator, the REST adapter and the control API; {@link
 * io.workloadplacement.simulator.server.SimulatorCommand} is the executable jar's command line.
 */
package io.workloadplacement.simulator.server;

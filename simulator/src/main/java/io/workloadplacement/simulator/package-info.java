/** Module simulator: coming in its own issue. */
package io.workloadplacement.simulator;

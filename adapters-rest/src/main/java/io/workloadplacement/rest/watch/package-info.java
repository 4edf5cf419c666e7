/**
 * The watch stream of the placement API ({@code GET /api/v1/workload-placement/watch}), fed by the
 * backend's {@code PlacementWatch} port.
 */
package io.workloadplacement.rest.watch;

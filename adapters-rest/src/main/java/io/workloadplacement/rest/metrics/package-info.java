/**
 * Metrics of a server built on the REST adapter: requests by route, method and status, served with
 * whatever else its registry holds at {@code /metrics} in the Prometheus text format.
 */
package io.workloadplacement.rest.metrics;

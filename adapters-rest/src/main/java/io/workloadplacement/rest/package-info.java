/**
 * The vendor's Workload Placement REST API on Javalin: {@link
 * io.workloadplacement.rest.PlacementApi} builds the app from {@link
 * io.workloadplacement.rest.PlacementApiSettings}.
 */
package io.workloadplacement.rest;

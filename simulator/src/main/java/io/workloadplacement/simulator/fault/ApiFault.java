package io.workloadplacement.simulator.fault;

/**
 * What a fault does to an API call, for the HTTP layer to apply: answer with an error, or answer
 * late.
 */
public sealed interface ApiFault permits FaultEffect.ApiError, FaultEffect.Latency {}

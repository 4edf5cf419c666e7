package io.workloadplacement.simulator.fault;

/** What a fault does to a step: fail it, or make it take longer. */
public sealed interface StepFault permits FaultEffect.FailStep, FaultEffect.Latency {}

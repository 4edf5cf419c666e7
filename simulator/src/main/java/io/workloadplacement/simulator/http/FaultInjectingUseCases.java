package io.workloadplacement.simulator.http;

import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.placement.Operation;
import io.workloadplacement.rest.placement.PlacementCall;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.fault.ApiFault;
import io.workloadplacement.simulator.fault.ApiOperation;
import io.workloadplacement.simulator.fault.FaultEffect;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The client-facing use cases of one request with the fault rules applied: a rule that fires for
 * the request's operation (as the REST adapter marked it) and placement answers with its error
 * instead of calling the use case, or delays the answer (see {@link ApiLatency}). The response
 * carries {@code X-Simulated-Latency} when a latency fired, so a client can see it.
 */
final class FaultInjectingUseCases implements PlacementUseCases {

  private final PlacementUseCases inner;
  private final PlacementCall call;
  private final Simulator simulator;
  private final ApiLatency latency;

  FaultInjectingUseCases(
      PlacementUseCases inner, PlacementCall call, Simulator simulator, ApiLatency latency) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.call = Objects.requireNonNull(call, "call");
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.latency = Objects.requireNonNull(latency, "latency");
  }

  @Override
  public VersionedPlacement create(CreatePlacementCommand command) {
    // a create is matched on the name its body gives
    inject(Optional.ofNullable(command.draft().name()));
    return inner.create(command);
  }

  @Override
  public VersionedPlacement get(GetPlacementQuery query) {
    inject(Optional.of(query.name()));
    return inner.get(query);
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    inject(Optional.empty());
    return inner.list(query);
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    inject(Optional.of(command.name()));
    return inner.update(command);
  }

  /** Enable-EGS is an update of one field: the {@code update} rules apply to it. */
  @Override
  public VersionedPlacement enableEgs(EnableEgsCommand command) {
    inject(Optional.of(command.name()));
    return inner.enableEgs(command);
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    inject(Optional.of(command.name()));
    return inner.delete(command);
  }

  private void inject(Optional<String> placement) {
    Optional<ApiOperation> operation = faultable(call.operation());
    if (operation.isEmpty()) {
      return;
    }
    Optional<ApiFault> fault = simulator.faults().matchApi(operation.get(), placement);
    if (fault.isEmpty()) {
      return;
    }
    Duration delay = delayOf(fault.get());
    if (!delay.isZero()) {
      call.header(ApiLatency.LATENCY_HEADER, DurationText.format(delay));
      latency.await(delay, simulator.clock());
    }
    if (fault.get() instanceof FaultEffect.ApiError error) {
      throw new ApiErrorException(InjectedErrors.of(error, operation.get()));
    }
  }

  /**
   * The fault rules' name of {@code operation}; a call from outside the placement routes has none.
   */
  private static Optional<ApiOperation> faultable(Operation operation) {
    return switch (operation) {
      case CREATE -> Optional.of(ApiOperation.CREATE);
      case LIST -> Optional.of(ApiOperation.LIST);
      case GET -> Optional.of(ApiOperation.GET);
      case UPDATE -> Optional.of(ApiOperation.UPDATE);
      case DELETE -> Optional.of(ApiOperation.DELETE);
      case OTHER -> Optional.empty();
    };
  }

  private static Duration delayOf(ApiFault fault) {
    if (fault instanceof FaultEffect.Latency latency) {
      return latency.duration();
    }
    return ((FaultEffect.ApiError) fault).delay();
  }
}

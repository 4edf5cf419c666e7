package io.workloadplacement.rest.placement;

import io.javalin.http.Context;
import io.workloadplacement.domain.model.DnsNames;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A list's query: filters {@code workspaceName} and {@code provisioningStatus}, paging {@code
 * limit} and {@code continue}. Every bad parameter is named in one 400 {@code ValidationError}.
 */
final class ListQueries {

  private static final String STATUSES =
      "Pending, Queued, InProgress, Successful, Completed or Failed";

  private ListQueries() {}

  /** The query of {@code ctx}; {@code pathWorkspace}, when present, wins over the parameter. */
  static PlacementQuery from(Context ctx, Optional<String> pathWorkspace) {
    List<FieldError> errors = new ArrayList<>();
    Optional<String> workspace = pathWorkspace.or(() -> nonEmpty(ctx.queryParam("workspaceName")));
    workspace
        .filter(w -> !DnsNames.isLabel(w))
        .ifPresent(w -> errors.add(new FieldError("workspaceName", "must be a DNS-1123 label")));
    Optional<String> statusText = nonEmpty(ctx.queryParam("provisioningStatus"));
    Optional<ProvisioningStatus> status = statusText.flatMap(ProvisioningStatus::fromWireName);
    if (statusText.isPresent() && status.isEmpty()) {
      errors.add(new FieldError("provisioningStatus", "must be one of " + STATUSES));
    }
    OptionalInt limit = limit(ctx.queryParam("limit"), errors);
    if (!errors.isEmpty()) {
      throw new ApiErrorException(HttpErrors.validation(errors));
    }
    return new PlacementQuery(
        new PlacementFilter(workspace, status), limit, nonEmpty(ctx.queryParam("continue")));
  }

  private static OptionalInt limit(String text, List<FieldError> errors) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit > 0) {
        return OptionalInt.of(limit);
      }
    } catch (NumberFormatException e) {
      // reported below with the same words as a non-positive number
    }
    errors.add(new FieldError("limit", "must be a positive integer"));
    return OptionalInt.empty();
  }

  private static Optional<String> nonEmpty(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isEmpty());
  }
}

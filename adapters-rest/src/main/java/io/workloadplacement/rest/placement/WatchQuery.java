package io.workloadplacement.rest.placement;

import io.javalin.http.Context;
import io.workloadplacement.domain.model.DnsNames;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A watch's query: the {@code workspaceName} filter (a DNS-1123 label, as on a list) and whether to
 * start with the placements already there ({@code sendInitialEvents}, true unless {@code false}).
 */
public record WatchQuery(Optional<String> workspaceName, boolean initialEvents) {

  public WatchQuery {
    Objects.requireNonNull(workspaceName, "workspaceName");
  }

  /** The query of {@code ctx}; a bad {@code workspaceName} is a 400 {@code ValidationError}. */
  public static WatchQuery from(Context ctx) {
    Optional<String> workspace = ListQueries.nonEmpty(ctx.queryParam("workspaceName"));
    if (workspace.isPresent() && !DnsNames.isLabel(workspace.get())) {
      throw new ApiErrorException(
          HttpErrors.validation(
              List.of(new FieldError("workspaceName", "must be a DNS-1123 label"))));
    }
    return new WatchQuery(workspace, !"false".equals(ctx.queryParam("sendInitialEvents")));
  }
}

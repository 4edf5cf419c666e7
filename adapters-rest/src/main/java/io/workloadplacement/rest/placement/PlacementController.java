package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.HttpErrors;
import io.workloadplacement.rest.http.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The placement operations of section 4 of the contract: reads the request, calls one use case,
 * writes the envelope. Failures are thrown on, to be mapped in one place.
 */
public final class PlacementController {

  /** The base path of the placement API. */
  public static final String BASE = "/api/v1/workload-placement";

  private static final String SUCCESS = "Success";

  // the vendor's update example carries a namespace that the API ignores
  private static final Set<String> IGNORED_ON_UPDATE = Set.of("namespace");

  // per request, since what a caller may see depends on who it is (authentication)
  private final Function<Context, PlacementUseCases> useCasesOf;

  /** A controller that serves {@code useCases} to every request alike. */
  public PlacementController(PlacementUseCases useCases) {
    Objects.requireNonNull(useCases, "useCases");
    this.useCasesOf = ctx -> useCases;
  }

  /** A controller that asks {@code useCasesOf} which use cases each request may use. */
  public PlacementController(Function<Context, PlacementUseCases> useCasesOf) {
    this.useCasesOf = Objects.requireNonNull(useCasesOf, "useCasesOf");
  }

  /** {@code POST /api/v1/workload-placement}. */
  public void create(Context ctx) {
    Operation.CREATE.markOn(ctx);
    FieldValidation mode = FieldValidation.of(ctx);
    PlacementRequest request =
        readBody(
                ctx,
                mode,
                Set.of(),
                (read, typeErrors) -> CreateRules.withRuleViolations(typeErrors, read.toDraft()))
            .orElseThrow(
                () -> new ApiErrorException(HttpErrors.malformedJson("the request body is empty")));
    VersionedPlacement created = useCases(ctx).create(request.toDraft());
    answerName(ctx, SUCCESS, created);
  }

  /** {@code GET /api/v1/workload-placement}. */
  public void list(Context ctx) {
    Operation.LIST.markOn(ctx);
    answerPage(ctx, useCases(ctx).list(ListQueries.from(ctx, Optional.empty())));
  }

  /** {@code GET /api/v1/workload-placement/workspace/{workspaceName}} (SDK). */
  public void listWorkspace(Context ctx) {
    Operation.LIST.markOn(ctx);
    Optional<String> workspace = Optional.of(ctx.pathParam("workspaceName"));
    answerPage(ctx, useCases(ctx).list(ListQueries.from(ctx, workspace)));
  }

  /** {@code GET /api/v1/workload-placement/{name}} and {@code /get/{name}} (SDK). */
  public void get(Context ctx) {
    Operation.GET.markOn(ctx);
    VersionedPlacement placement = useCases(ctx).get(ctx.pathParam("name"));
    ctx.header("ETag", PlacementRepresentation.etagOf(placement));
    ApiResponses.ok(ctx, SUCCESS, PlacementRepresentation.of(placement));
  }

  /** {@code PUT /api/v1/workload-placement/{name}}: a merge; an empty body changes nothing. */
  public void update(Context ctx) {
    Operation.UPDATE.markOn(ctx);
    FieldValidation mode = FieldValidation.of(ctx);
    PlacementPatch patch =
        readBody(ctx, mode, IGNORED_ON_UPDATE, (read, typeErrors) -> typeErrors)
            .map(PlacementRequest::toPatch)
            .orElseGet(PlacementPatch::empty);
    VersionedPlacement updated =
        useCases(ctx)
            .update(new UpdatePlacementCommand(ctx.pathParam("name"), patch, IfMatch.of(ctx)));
    answerName(ctx, "Workload Placement updated successfully", updated);
  }

  /** {@code DELETE /api/v1/workload-placement/{name}}. */
  public void delete(Context ctx) {
    Operation.DELETE.markOn(ctx);
    VersionedPlacement deleted =
        useCases(ctx).delete(new DeletePlacementCommand(ctx.pathParam("name"), IfMatch.of(ctx)));
    ApiResponses.ok(ctx, "Workload Placement deleted successfully", nameOf(deleted));
  }

  private PlacementUseCases useCases(Context ctx) {
    return useCasesOf.apply(ctx);
  }

  /**
   * The body as a request, empty when there is none. Wrong JSON types, and unknown fields under
   * {@code Strict}, are one 400 {@code ValidationError}; otherwise each unknown field gets a {@code
   * Warning} header (none under {@code Ignore}). With such problems, {@code allViolations} may add
   * what else it finds in the rest of the body.
   */
  private static Optional<PlacementRequest> readBody(
      Context ctx,
      FieldValidation mode,
      Set<String> silentlyIgnored,
      BiFunction<PlacementRequest, List<FieldViolation>, List<FieldViolation>> allViolations) {
    Optional<ObjectNode> body = JsonBodies.readObject(ctx);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    PlacementRequestReader.Result read = PlacementRequestReader.read(body.get(), silentlyIgnored);
    List<FieldViolation> problems = new ArrayList<>(read.typeErrors());
    if (mode == FieldValidation.STRICT) {
      read.unknownFields().forEach(f -> problems.add(new FieldViolation(f, "unknown field")));
    }
    if (!problems.isEmpty()) {
      throw new PlacementValidationException(allViolations.apply(read.request(), problems));
    }
    if (mode == FieldValidation.WARN) {
      read.unknownFields().forEach(f -> ctx.addHeader("Warning", UnknownFieldWarning.of(f)));
    }
    return Optional.of(read.request());
  }

  private static void answerName(Context ctx, String message, VersionedPlacement placement) {
    ctx.header("ETag", PlacementRepresentation.etagOf(placement));
    ApiResponses.ok(ctx, message, nameOf(placement));
  }

  private static void answerPage(Context ctx, PlacementPage page) {
    List<Object> items = page.items().stream().map(PlacementRepresentation::listItemOf).toList();
    ApiResponses.okPage(ctx, SUCCESS, items, page.continueToken().orElse(null));
  }

  private static Map<String, String> nameOf(VersionedPlacement placement) {
    return Map.of("name", placement.name());
  }
}

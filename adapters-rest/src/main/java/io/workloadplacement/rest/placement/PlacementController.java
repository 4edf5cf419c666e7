package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.service.PlacementValidator;
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

  // per request: the decorators (fault injection) wrap the use cases of each call
  private final Function<Context, PlacementUseCases> useCasesOf;
  // per request, since what a caller may reach depends on who it is (authentication)
  private final Function<Context, AccessScope> scopeOf;
  private final CreateRules createRules;
  private final GetBodyCache getBodies =
      new GetBodyCache(
          GetBodyCache.SLOTS,
          placement ->
              ApiResponses.okEnvelopeBytes(SUCCESS, PlacementRepresentation.of(placement)));

  /**
   * A controller that asks {@code useCasesOf} which use cases serve each request, {@code scopeOf}
   * what the request may reach, and {@code validator} what else is wrong with a create body that
   * has wrong JSON types.
   */
  public PlacementController(
      Function<Context, PlacementUseCases> useCasesOf,
      Function<Context, AccessScope> scopeOf,
      PlacementValidator validator) {
    this.useCasesOf = Objects.requireNonNull(useCasesOf, "useCasesOf");
    this.scopeOf = Objects.requireNonNull(scopeOf, "scopeOf");
    this.createRules = new CreateRules(validator);
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
                (read, typeErrors) -> createRules.withRuleViolations(typeErrors, read.toDraft()))
            .orElseThrow(
                () -> new ApiErrorException(HttpErrors.malformedJson("the request body is empty")));
    VersionedPlacement created =
        useCasesOf
            .apply(ctx)
            .create(new CreatePlacementCommand(request.toDraft(), scopeOf.apply(ctx)));
    answerName(ctx, SUCCESS, created);
  }

  /** {@code GET /api/v1/workload-placement}. */
  public void list(Context ctx) {
    Operation.LIST.markOn(ctx);
    answerPage(
        ctx,
        useCasesOf
            .apply(ctx)
            .list(ListQueries.from(ctx, Optional.empty()).scopedTo(scopeOf.apply(ctx))));
  }

  /** {@code GET /api/v1/workload-placement/workspace/{workspaceName}} (SDK). */
  public void listWorkspace(Context ctx) {
    Operation.LIST.markOn(ctx);
    Optional<String> workspace = Optional.of(ctx.pathParam("workspaceName"));
    answerPage(
        ctx,
        useCasesOf.apply(ctx).list(ListQueries.from(ctx, workspace).scopedTo(scopeOf.apply(ctx))));
  }

  /** {@code GET /api/v1/workload-placement/{name}} and {@code /get/{name}} (SDK). */
  public void get(Context ctx) {
    Operation.GET.markOn(ctx);
    VersionedPlacement placement =
        useCasesOf.apply(ctx).get(new GetPlacementQuery(ctx.pathParam("name"), scopeOf.apply(ctx)));
    ctx.header("ETag", PlacementRepresentation.etagOf(placement));
    ApiResponses.okBytes(ctx, getBodies.bodyOf(placement));
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
        useCasesOf
            .apply(ctx)
            .update(
                new UpdatePlacementCommand(
                    ctx.pathParam("name"), patch, IfMatch.of(ctx), scopeOf.apply(ctx)));
    answerName(ctx, "Workload Placement updated successfully", updated);
  }

  /**
   * {@code PUT /api/v1/workload-placement/{name}/enable-egs} (SDK): {@code {"enableEGS": true}}
   * sets enableEGS, in every status but Completed and Failed.
   */
  public void enableEgs(Context ctx) {
    Operation.UPDATE.markOn(ctx);
    FieldValidation mode = FieldValidation.of(ctx);
    ObjectNode body =
        JsonBodies.readObject(ctx)
            .orElseThrow(
                () -> new ApiErrorException(HttpErrors.malformedJson("the request body is empty")));
    ReadProblems problems = new ReadProblems();
    JsonFields fields = JsonFields.of(body, "", problems);
    Boolean enabled = fields.bool("enableEGS");
    fields.finish();
    List<FieldViolation> violations = new ArrayList<>(problems.typeErrors());
    if (enabled == null && violations.isEmpty()) {
      violations.add(new FieldViolation("enableEGS", "is required"));
    }
    if (mode == FieldValidation.STRICT) {
      problems.unknownFields().forEach(f -> violations.add(new FieldViolation(f, "unknown field")));
    }
    if (!violations.isEmpty()) {
      throw new ApiErrorException(PlacementErrors.validation(violations));
    }
    if (mode == FieldValidation.WARN) {
      problems.unknownFields().forEach(f -> ctx.addHeader("Warning", UnknownFieldWarning.of(f)));
    }
    VersionedPlacement updated =
        useCasesOf
            .apply(ctx)
            .enableEgs(
                new EnableEgsCommand(
                    ctx.pathParam("name"), enabled, IfMatch.of(ctx), scopeOf.apply(ctx)));
    answerName(ctx, "Workload Placement updated successfully", updated);
  }

  /** {@code DELETE /api/v1/workload-placement/{name}}. */
  public void delete(Context ctx) {
    Operation.DELETE.markOn(ctx);
    VersionedPlacement deleted =
        useCasesOf
            .apply(ctx)
            .delete(
                new DeletePlacementCommand(
                    ctx.pathParam("name"), IfMatch.of(ctx), scopeOf.apply(ctx)));
    ApiResponses.ok(ctx, "Workload Placement deleted successfully", nameOf(deleted));
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
      throw new ApiErrorException(
          PlacementErrors.validation(allViolations.apply(read.request(), problems)));
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

package io.workloadplacement.conformance.model;

import static io.workloadplacement.conformance.model.ContractTexts.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The reference model of the contract: the placements a sequence created, and for every request the
 * responses the contract allows, each with what the model learns from it.
 *
 * <p>The model is nondeterministic on purpose. A target whose lifecycle moves on its own (a real
 * deployment, the simulator) can be in any status reachable from the last one observed, so the
 * model keeps the set of possible statuses, allows the response of each, and narrows the set to
 * what the server's answer reveals. A response no possible status explains is a contract violation,
 * including a status observed that the lifecycle cannot reach.
 */
public final class ReferenceModel {

  /** Within this distance of a burst's end the model accepts either Successful or Completed. */
  private static final Duration BURST_TOLERANCE = Duration.ofSeconds(1);

  private final boolean autonomous;
  private final boolean currentRevision;
  private final SortedMap<String, ModelPlacement> placements = new TreeMap<>();
  // names deleted while the placement may have been InProgress on an autonomous target: the target
  // may hold the name until it has cleaned up after what the steps deployed (a Kubernetes
  // finalizer), so a create of it may still meet Already Exists for a while
  private final Set<String> cleaningUp = new HashSet<>();
  private Duration now = Duration.ZERO;
  private boolean concurrent;

  /**
   * A model of a target that speaks both revisions.
   *
   * @param autonomous true when the target may move placements through the lifecycle on its own
   */
  public ReferenceModel(boolean autonomous) {
    this(autonomous, true);
  }

  /**
   * @param autonomous true when the target may move placements through the lifecycle on its own
   * @param currentRevision true when the target speaks section 7 beside v1.15, false for v1.15
   *     alone
   */
  public ReferenceModel(boolean autonomous, boolean currentRevision) {
    this.autonomous = autonomous;
    this.currentRevision = currentRevision;
  }

  /** Every violation in {@code body} for this model's revision. */
  public List<Violation> violations(JsonNode body) {
    return SpecValidator.validate(body, currentRevision);
  }

  public Optional<ModelPlacement> placement(String name) {
    return Optional.ofNullable(placements.get(name));
  }

  /** The placements the model knows exist, by name. */
  public SortedMap<String, ModelPlacement> placements() {
    return new TreeMap<>(placements);
  }

  // ---- requests ----

  /** The responses allowed to {@code POST} of {@code body}. */
  public List<Expected> create(JsonNode body) {
    String name = body.path("name").asText(null);
    List<Violation> violations = violations(body);
    List<Expected> allowed = new ArrayList<>();
    if (!violations.isEmpty()) {
      allowed.add(validationError(violations));
    }
    if (name != null && placements.containsKey(name)) {
      // the contract does not order validation and existence: both answers are right
      allowed.add(alreadyExists(name));
    }
    if (allowed.isEmpty()) {
      ObjectNode stored = Representation.created(body);
      allowed.add(
          Expected.status(200, "created")
              .message(SUCCESS)
              .dataName(name)
              .then(
                  () -> {
                    placements.put(name, new ModelPlacement(stored, EnumSet.of(Status.PENDING)));
                    cleaningUp.remove(name);
                  }));
      if (cleaningUp.contains(name)) {
        allowed.add(alreadyExists(name));
      }
    }
    return allowed;
  }

  private static Expected alreadyExists(String name) {
    return Expected.status(409, "Already Exists")
        .message(ALREADY_EXISTS)
        .errorKey("")
        .errorMessage(ALREADY_EXISTS)
        .nested(ALREADY_EXISTS_NESTED, alreadyExistsDetail(name), ALREADY_EXISTS_REASON, "");
  }

  /** The responses allowed to {@code GET} by name; {@code data} must read back as stored. */
  public List<Expected> get(String name) {
    ModelPlacement p = placements.get(name);
    if (p == null) {
      return List.of(notFound(name));
    }
    return List.of(
        Expected.status(200, "found")
            .message(SUCCESS)
            .dataCheck(data -> checkRead(name, data, false)));
  }

  /** The responses allowed to {@code PUT} of {@code patch} on {@code name}. */
  public List<Expected> update(String name, JsonNode patch) {
    ModelPlacement p = placements.get(name);
    if (p == null) {
      return List.of(notFound(name));
    }
    ObjectNode merged = merge(p.stored(), patch);
    Set<Field> changed = changedFields(p.stored(), merged);
    Map<String, EnumSet<Status>> groups = new LinkedHashMap<>();
    Map<String, Expected> outcomes = new LinkedHashMap<>();
    for (Status s : p.possible()) {
      Set<Field> refused = EnumSet.noneOf(Field.class);
      refused.addAll(changed);
      refused.removeAll(Field.mutableIn(s));
      String kind;
      Expected outcome;
      if (!refused.isEmpty()) {
        kind = "refused in " + s;
        outcome = invalidUpdate(refused, s);
      } else if (changed.isEmpty()) {
        kind = "no-op";
        outcome = Expected.status(200, "unchanged").message(UPDATED).dataName(name);
      } else if (!violations(merged).isEmpty()) {
        kind = "invalid";
        outcome = validationError(violations(merged));
      } else {
        kind = "updated";
        outcome =
            Expected.status(200, "updated")
                .message(UPDATED)
                .dataName(name)
                .then(
                    () -> {
                      // merged again at apply time: concurrent updates of disjoint fields all
                      // count, in whatever order the server answered them
                      ObjectNode before = p.stored();
                      p.store(merge(before, patch));
                      burstMayHaveEnded(p, before);
                      settleBursts();
                    });
      }
      groups.computeIfAbsent(kind, k -> EnumSet.noneOf(Status.class)).add(s);
      outcomes.putIfAbsent(kind, outcome);
    }
    return narrowing(p, groups, outcomes);
  }

  /**
   * The responses allowed to {@code PUT .../{name}/enable-egs} with {@code {"enableEGS": true}}
   * (section 7): set in every status but Completed and Failed, where it is the InvalidUpdate naming
   * enableEGS.
   */
  public List<Expected> enableEgs(String name) {
    ModelPlacement p = placements.get(name);
    if (p == null) {
      return List.of(notFound(name));
    }
    Map<String, EnumSet<Status>> groups = new LinkedHashMap<>();
    Map<String, Expected> outcomes = new LinkedHashMap<>();
    for (Status s : p.possible()) {
      boolean allowed = Field.egsEnableableIn(s);
      String kind = allowed ? "enabled" : "refused in " + s;
      groups.computeIfAbsent(kind, k -> EnumSet.noneOf(Status.class)).add(s);
      outcomes.putIfAbsent(
          kind,
          allowed
              ? Expected.status(200, "EGS enabled")
                  .message(UPDATED)
                  .dataName(name)
                  .then(() -> p.store(p.stored().deepCopy().put("enableEGS", true)))
              : invalidUpdate(EnumSet.of(Field.enableEGS), s));
    }
    return narrowing(p, groups, outcomes);
  }

  /** The responses allowed to {@code DELETE} of {@code name}. */
  public List<Expected> delete(String name) {
    ModelPlacement p = placements.get(name);
    if (p == null) {
      return List.of(notFound(name));
    }
    Map<String, EnumSet<Status>> groups = new LinkedHashMap<>();
    Map<String, Expected> outcomes = new LinkedHashMap<>();
    for (Status s : p.possible()) {
      String kind = Field.deletableIn(s) ? "deleted" : "restricted";
      groups.computeIfAbsent(kind, k -> EnumSet.noneOf(Status.class)).add(s);
      outcomes.putIfAbsent(
          kind,
          Field.deletableIn(s)
              ? Expected.status(200, "deleted")
                  .message(DELETED)
                  .dataName(name)
                  .then(() -> deleted(name))
              : Expected.status(409, "DeletionRestricted")
                  .message(DELETION_RESTRICTED)
                  .errorKey(DELETION_RESTRICTED_KEY)
                  .errorMessage(DELETION_RESTRICTED_ERROR)
                  .nested(
                      DELETION_RESTRICTED_NESTED,
                      DELETION_RESTRICTED_DETAIL,
                      CONFLICT_REASON,
                      DELETION_RESTRICTED_DETAILS));
    }
    return narrowing(p, groups, outcomes);
  }

  private void deleted(String name) {
    ModelPlacement p = placements.remove(name);
    if (autonomous && p.possible().contains(Status.IN_PROGRESS)) {
      cleaningUp.add(name);
    }
  }

  /** The 404 for a name the model does not know. */
  public static Expected notFound(String name) {
    return Expected.status(404, "Not Found")
        .message(NOT_FOUND)
        .errorKey("")
        .errorMessage(NOT_FOUND_ERROR)
        .nested(notFoundNested(name), NOT_FOUND_DETAIL, NOT_FOUND_REASON, "");
  }

  // ---- observations and time ----

  /**
   * Checks a placement as a GET ({@code listItem} false) or a LIST returned it: the client fields
   * read back as stored, nothing write-only leaks, and the status is one the lifecycle allows.
   */
  public void checkRead(String name, JsonNode data, boolean listItem) {
    ModelPlacement p = placements.get(name);
    if (p == null) {
      throw new AssertionError("read returned " + name + ", which the model says does not exist");
    }
    ObjectNode expected = Representation.readBack(p.stored(), listItem);
    ObjectNode actual = Representation.clientView(data, listItem);
    if (!Json.same(expected, actual)) {
      throw new AssertionError(
          "placement "
              + name
              + " reads back\n      "
              + Json.write(actual)
              + "\n  but the model expects\n      "
              + Json.write(expected));
    }
    for (JsonNode helm : data.path("helmConfigs")) {
      if (helm.has("secretRef")) {
        throw new AssertionError("write-only secretRef returned for " + name);
      }
    }
    if (listItem) {
      for (JsonNode manifest : data.path("manifestResources")) {
        if (manifest.has("data")) {
          throw new AssertionError("LIST item " + name + " carries manifestResources[].data");
        }
      }
    }
    if (currentRevision) {
      ReadAdditions.check(name, data, p.stored());
    }
    data.fieldNames()
        .forEachRemaining(
            f -> {
              boolean known =
                  Representation.SERVER_FIELDS.contains(f)
                      || f.equals("clusterNames")
                      || java.util.Arrays.stream(Field.values()).anyMatch(x -> x.name().equals(f));
              if (!known) {
                throw new AssertionError("read of " + name + " carries unknown field " + f);
              }
            });
    observeStatus(name, data.path("status"));
  }

  private void observeStatus(String name, JsonNode status) {
    String wire = status.path("provisioningStatus").asText(null);
    Status observed =
        Status.fromWireName(wire)
            .orElseThrow(() -> new AssertionError(name + " has provisioningStatus " + wire));
    String phase = status.path("phase").asText(null);
    if (!observed.phase().equals(phase)) {
      throw new AssertionError(
          name + " is " + observed + " with phase " + phase + ", expected " + observed.phase());
    }
    ModelPlacement p = placements.get(name);
    if (!p.possible().contains(observed)) {
      throw new AssertionError(
          name
              + " observed "
              + observed
              + " but the lifecycle only allows "
              + p.possible()
              + " from what was known before");
    }
    p.narrow(EnumSet.of(observed));
  }

  /** The simulator set {@code name} to {@code status} through its control API. */
  public void forceStatus(String name, Status status) {
    ModelPlacement p = placements.get(name);
    p.setPossible(EnumSet.of(status));
    p.successfulAt(status == Status.SUCCESSFUL ? now : null);
  }

  /** The target's clock moved on by {@code by}: anything may have progressed. */
  public void advance(Duration by) {
    now = now.plus(by);
    for (ModelPlacement p : placements.values()) {
      p.setPossible(p.reachable());
    }
    settleBursts();
  }

  /**
   * Runs {@code batch}, whose responses answer requests that were in flight together. Their answers
   * may be matched in any order, not the server's, so each only tells that the status was in its
   * group at some moment: the model narrows to what is reachable from the group.
   */
  public void concurrently(Runnable batch) {
    concurrent = true;
    try {
      batch.run();
    } finally {
      concurrent = false;
    }
  }

  /**
   * Before a round of updates sent together: one of them may set a burstDuration already past,
   * which ends a running burst at once (section 4), while the others are still in flight; those may
   * then meet the placement Completed.
   */
  public void roundMayEndBurst(String name, List<? extends JsonNode> patches) {
    ModelPlacement p = placements.get(name);
    if (p == null || !p.possible().contains(Status.SUCCESSFUL)) {
      return;
    }
    boolean newBurst =
        patches.stream()
            .anyMatch(
                patch ->
                    patch.has("burstDuration")
                        && !Json.same(patch.get("burstDuration"), p.stored().get("burstDuration")));
    if (newBurst) {
      EnumSet<Status> possible = EnumSet.copyOf(p.possible());
      possible.add(Status.COMPLETED);
      p.setPossible(possible);
    }
  }

  /** Called between requests: an autonomous target may have moved any placement on. */
  public void tick() {
    if (autonomous) {
      for (ModelPlacement p : placements.values()) {
        p.setPossible(p.reachable());
      }
      settleBursts();
    }
  }

  /**
   * A new burstDuration already past ends a running burst now (section 4). When the target made the
   * placement Successful on its own (the model did not see when), the model cannot tell, so it
   * allows Completed too.
   */
  private static void burstMayHaveEnded(ModelPlacement p, ObjectNode before) {
    boolean burstChanged = !Json.same(before.get("burstDuration"), p.stored().get("burstDuration"));
    if (burstChanged && p.successfulAt().isEmpty() && p.possible().contains(Status.SUCCESSFUL)) {
      EnumSet<Status> possible = EnumSet.copyOf(p.possible());
      possible.add(Status.COMPLETED);
      p.setPossible(possible);
    }
  }

  /**
   * A burst the model started ends exactly burstDuration later (section 3), a burstDuration changed
   * to one already past ends it now (section 4), and one without burstDuration never ends on its
   * own (section 7; one given later counts from the moment it turned Successful).
   */
  private void settleBursts() {
    for (ModelPlacement p : placements.values()) {
      Optional<Duration> start = p.successfulAt();
      if (start.isEmpty()) {
        continue;
      }
      if (p.burst().isEmpty()) {
        p.setPossible(EnumSet.of(Status.SUCCESSFUL)); // no timed end
        continue;
      }
      Duration end = start.get().plus(p.burst().get());
      if (now.compareTo(end.plus(BURST_TOLERANCE)) >= 0) {
        p.setPossible(EnumSet.of(Status.COMPLETED));
      } else if (now.compareTo(end.minus(BURST_TOLERANCE)) < 0) {
        p.setPossible(EnumSet.of(Status.SUCCESSFUL));
      } else {
        p.setPossible(EnumSet.of(Status.SUCCESSFUL, Status.COMPLETED));
      }
    }
  }

  // ---- rules ----

  /**
   * The update merge: absent fields keep their value; a helm config without secretRef keeps its
   * own.
   */
  public static ObjectNode merge(ObjectNode stored, JsonNode patch) {
    ObjectNode merged = stored.deepCopy();
    ObjectNode incoming = Representation.stored(patch);
    incoming.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
    for (Field optional : Field.OPTIONAL_LISTS) {
      JsonNode sent = patch.get(optional.name());
      if (sent != null && sent.isArray() && sent.isEmpty()) {
        merged.remove(optional.name()); // an empty list replaces the stored one
      }
    }
    keepSecretRefs(stored, merged, patch.has("helmConfigs"));
    return merged;
  }

  private static void keepSecretRefs(ObjectNode stored, ObjectNode merged, boolean helmSent) {
    if (!helmSent || !merged.path("helmConfigs").isArray()) {
      return;
    }
    for (JsonNode helm : merged.path("helmConfigs")) {
      if (helm.isObject() && !helm.has("secretRef")) {
        String key = helmKey(helm);
        for (JsonNode old : stored.path("helmConfigs")) {
          if (key != null && key.equals(helmKey(old)) && old.has("secretRef")) {
            ((ObjectNode) helm).set("secretRef", old.get("secretRef"));
          }
        }
      }
    }
  }

  private static String helmKey(JsonNode helm) {
    return helm.has("name") ? helm.get("name").asText() : helm.path("releaseName").asText(null);
  }

  public static Set<Field> changedFields(ObjectNode before, ObjectNode after) {
    Set<Field> changed = EnumSet.noneOf(Field.class);
    for (Field f : Field.values()) {
      if (!Json.same(before.get(f.name()), after.get(f.name()))) {
        changed.add(f);
      }
    }
    return changed;
  }

  private static Expected invalidUpdate(Set<Field> refused, Status status) {
    String suffix = " when provisioningStatus is " + status.wireName();
    return Expected.status(409, "InvalidUpdate in " + status)
        .message(INVALID_UPDATE)
        .errorKey(INVALID_UPDATE_KEY)
        .errorMessage(
            "start with \"Cannot update \", name " + refused + " and end with \"" + suffix + "\"",
            m ->
                m != null
                    && m.startsWith("Cannot update ")
                    && m.endsWith(suffix)
                    && refused.stream()
                        .allMatch(f -> Pattern.compile("\\b" + f.name() + "\\b").matcher(m).find()))
        .nested(INVALID_UPDATE_NESTED, null, CONFLICT_REASON, INVALID_UPDATE_DETAILS);
  }

  private static Expected validationError(List<Violation> violations) {
    return Expected.status(400, "ValidationError")
        .errorKey(VALIDATION_ERROR_KEY)
        .violations(violations);
  }

  private List<Expected> narrowing(
      ModelPlacement p, Map<String, EnumSet<Status>> groups, Map<String, Expected> outcomes) {
    List<Expected> allowed = new ArrayList<>();
    for (Map.Entry<String, Expected> e : outcomes.entrySet()) {
      EnumSet<Status> group = groups.get(e.getKey());
      allowed.add(
          e.getValue().first(() -> p.narrow(concurrent ? Lifecycle.reachable(group) : group)));
    }
    return allowed;
  }
}

package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.service.PlacementValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The domain's rules, run on a create body that also has values of the wrong JSON type, so that one
 * 400 names every problem: a client fixing a form sees them all at once, not in two rounds. A
 * wrong-typed value reads as absent, so the rules' words about that field (and anything under it)
 * are dropped in favour of the type error.
 */
final class CreateRules {

  private final PlacementValidator validator;

  CreateRules(PlacementValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** {@code typeErrors} followed by the rule violations of the fields that did read. */
  List<FieldViolation> withRuleViolations(List<FieldViolation> typeErrors, PlacementDraft draft) {
    List<FieldViolation> all = new ArrayList<>(typeErrors);
    for (FieldViolation v : validator.violationsOf(draft)) {
      if (typeErrors.stream().noneMatch(t -> covers(t.field(), v.field()))) {
        all.add(v);
      }
    }
    return all;
  }

  /** True when {@code path} is {@code typed} or lies under it. */
  private static boolean covers(String typed, String path) {
    return path.equals(typed) || path.startsWith(typed + ".") || path.startsWith(typed + "[");
  }
}

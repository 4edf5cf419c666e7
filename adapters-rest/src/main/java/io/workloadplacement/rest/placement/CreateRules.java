package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.service.PlacementValidator;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain's rules, run on a create body that also has values of the wrong JSON type, so that one
 * 400 names every problem: a client fixing a form sees them all at once, not in two rounds. A
 * wrong-typed value reads as absent, so the rules' words about that field (and anything under it)
 * are dropped in favour of the type error.
 */
final class CreateRules {

  // built on first use: the REST app without type errors never needs it
  private static final class Holder {
    static final PlacementValidator VALIDATOR =
        new PlacementValidator(Validation.buildDefaultValidatorFactory().getValidator());
  }

  private CreateRules() {}

  /** {@code typeErrors} followed by the rule violations of the fields that did read. */
  static List<FieldViolation> withRuleViolations(
      List<FieldViolation> typeErrors, PlacementDraft draft) {
    List<FieldViolation> all = new ArrayList<>(typeErrors);
    for (FieldViolation v : Holder.VALIDATOR.violationsOf(draft)) {
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

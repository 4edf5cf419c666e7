package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.PlacementDraft;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/** Checks {@link DistinctClusters}, reporting each repeated cluster where it repeats. */
public final class DistinctClustersValidator
    implements ConstraintValidator<DistinctClusters, PlacementDraft> {

  @Override
  public boolean isValid(PlacementDraft spec, ConstraintValidatorContext context) {
    if (spec == null || spec.clusters() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < spec.clusters().size(); i++) {
      String cluster = spec.clusters().get(i);
      if (cluster != null && !seen.add(cluster)) {
        Violations.addAt(context, "clusters", i, null, "duplicate cluster \"" + cluster + "\"");
        valid = false;
      }
    }
    return valid;
  }
}

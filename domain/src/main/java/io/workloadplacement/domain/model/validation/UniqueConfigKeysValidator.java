package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks {@link UniqueConfigKeys}, reporting each repeated key where it repeats. */
public final class UniqueConfigKeysValidator
    implements ConstraintValidator<UniqueConfigKeys, PlacementDraft> {

  @Override
  public boolean isValid(PlacementDraft spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid =
        checkUnique(
            context,
            "helmConfigs",
            spec.helmConfigs(),
            HelmConfig::key,
            // the key is name when set, else releaseName: point at the field that holds it
            helm -> helm.name() != null ? "name" : "releaseName");
    valid &=
        checkUnique(
            context,
            "manifestResources",
            spec.manifestResources(),
            ManifestResource::name,
            manifest -> "name");
    valid &=
        checkUnique(context, "cmdExec", spec.cmdExec(), CommandExecution::name, command -> "name");
    return valid;
  }

  private static <T> boolean checkUnique(
      ConstraintValidatorContext context,
      String list,
      List<T> configs,
      Function<T, String> key,
      Function<T, String> keyProperty) {
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < configs.size(); i++) {
      T config = configs.get(i);
      String k = config == null ? null : key.apply(config);
      if (k != null && !seen.add(k)) {
        Violations.addAt(
            context,
            list,
            i,
            keyProperty.apply(config),
            "duplicate key \"" + k + "\": keys must be unique in " + list);
        valid = false;
      }
    }
    return valid;
  }
}

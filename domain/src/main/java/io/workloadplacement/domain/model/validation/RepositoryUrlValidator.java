package io.workloadplacement.domain.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Checks {@link RepositoryUrl}. */
public final class RepositoryUrlValidator implements ConstraintValidator<RepositoryUrl, String> {

  private static final Set<String> SCHEMES = Set.of("http", "https", "oci");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.DnsNames;
import io.workloadplacement.domain.model.ManifestResource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks {@link ManifestShape}, one violation per missing or bad part. */
public final class ManifestShapeValidator
    implements ConstraintValidator<ManifestShape, ManifestResource> {

  private static final String BLANK = "must not be blank";

  @Override
  public boolean isValid(ManifestResource item, ConstraintValidatorContext context) {
    if (item == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    if (item.manifest() == null) {
      boolean valid = notBlank(context, item.apiVersion(), "apiVersion");
      return notBlank(context, item.kind(), "kind") & valid;
    }
    List<String> mixed = new ArrayList<>();
    addIf(mixed, item.apiVersion() != null, "apiVersion");
    addIf(mixed, item.kind() != null, "kind");
    addIf(mixed, item.namespace() != null, "namespace");
    addIf(mixed, item.data() != null, "data");
    boolean valid = true;
    if (!mixed.isEmpty()) {
      Violations.addAtPath(
          context, "must not be sent together with " + String.join(", ", mixed), "manifest");
      valid = false;
    }
    Map<String, Object> object = item.manifest();
    valid &= notBlank(context, object.get("apiVersion"), "manifest", "apiVersion");
    valid &= notBlank(context, object.get("kind"), "manifest", "kind");
    if (!(object.get("metadata") instanceof Map<?, ?> metadata)) {
      Violations.addAtPath(context, "must be an object with a name", "manifest", "metadata");
      return false;
    }
    if (!(metadata.get("name") instanceof String name && DnsNames.isSubdomain(name))) {
      Violations.addAtPath(context, "must be a DNS-1123 subdomain", "manifest", "metadata", "name");
      valid = false;
    }
    Object namespace = metadata.get("namespace");
    if (namespace != null && !(namespace instanceof String ns && DnsNames.isLabel(ns))) {
      Violations.addAtPath(
          context, "must be a DNS-1123 label", "manifest", "metadata", "namespace");
      valid = false;
    }
    return valid;
  }

  private static boolean notBlank(
      ConstraintValidatorContext context, Object value, String... path) {
    if (value instanceof String text && !text.isBlank()) {
      return true;
    }
    Violations.addAtPath(context, BLANK, path);
    return false;
  }

  private static void addIf(List<String> list, boolean condition, String field) {
    if (condition) {
      list.add(field);
    }
  }
}

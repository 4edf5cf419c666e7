package io.workloadplacement.domain.model.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers for validators that report their own messages and paths. */
final class Violations {

  private Violations() {}

  /** Replaces the default violation by one with {@code message}, taken literally. */
  static void replaceMessage(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
  }

  /**
   * Adds a violation at {@code list[index].property} (or {@code list[index]} when property is null)
   * of the validated bean.
   */
  static void addAt(
      ConstraintValidatorContext context, String list, int index, String property, String message) {
    var builder =
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(list);
    if (property == null) {
      builder.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
    } else {
      builder.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
    }
  }

  /** Adds a violation at the property {@code property} of the validated bean. */
  static void addAt(ConstraintValidatorContext context, String property, String message) {
    context
        .buildConstraintViolationWithTemplate(escape(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  /** Adds a violation at the nested property path {@code path} of the validated bean. */
  static void addAtPath(ConstraintValidatorContext context, String message, String... path) {
    var builder =
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(path[0]);
    for (int i = 1; i < path.length; i++) {
      builder = builder.addPropertyNode(path[i]);
    }
    builder.addConstraintViolation();
  }

  /** Message templates interpret braces and '$'; client values must not be interpreted. */
  private static String escape(String message) {
    return message
        .replace("\\", "\\\\")
        .replace("{", "\\{")
        .replace("}", "\\}")
        .replace("$", "\\$");
  }
}

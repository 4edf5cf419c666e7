package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One response the model allows for a request: the HTTP status, the texts that must match, the
 * violations a 400 must name, and what the model learns when the server chose this response. Only
 * what is set is checked. The envelope's shape itself is checked for every response elsewhere
 * ({@code EnvelopeCheck}).
 */
public final class Expected {

  private final int status;
  private final String label;
  private String message;
  private String dataName;
  private String errorKey;
  private String errorMessage;
  private Predicate<String> errorMessageRule;
  private String errorMessageRuleText;
  private String nestedMessage;
  private String detail;
  private String reason;
  private String details;
  private List<Violation> violations = List.of();
  private Consumer<JsonNode> dataCheck = data -> {};
  private Runnable effect = () -> {};

  private Expected(int status, String label) {
    this.status = status;
    this.label = label;
  }

  /** A response with HTTP {@code status}, described as {@code label} in failures. */
  public static Expected status(int status, String label) {
    return new Expected(status, label);
  }

  public Expected message(String text) {
    this.message = text;
    return this;
  }

  /** A success whose {@code data} is {@code {"name": name}}. */
  public Expected dataName(String name) {
    this.dataName = name;
    return this;
  }

  public Expected errorKey(String key) {
    this.errorKey = key;
    return this;
  }

  public Expected errorMessage(String text) {
    this.errorMessage = text;
    return this;
  }

  public Expected errorMessage(String description, Predicate<String> rule) {
    this.errorMessageRuleText = description;
    this.errorMessageRule = rule;
    return this;
  }

  /** The decoded {@code error.data}: Message, DetailedError.Errormessage, Reason and Details. */
  public Expected nested(String nestedMessage, String detail, String reason, String details) {
    this.nestedMessage = nestedMessage;
    this.detail = detail;
    this.reason = reason;
    this.details = details;
    return this;
  }

  public Expected violations(List<Violation> expected) {
    this.violations = List.copyOf(expected);
    return this;
  }

  /** A further check of {@code data}; it throws {@link AssertionError} when data is wrong. */
  public Expected dataCheck(Consumer<JsonNode> check) {
    this.dataCheck = check;
    return this;
  }

  /** What the model does when the server gave this response. */
  public Expected then(Runnable modelEffect) {
    this.effect = modelEffect;
    return this;
  }

  /** Runs {@code step} before whatever this response already does to the model. */
  public Expected first(Runnable step) {
    Runnable rest = this.effect;
    this.effect =
        () -> {
          step.run();
          rest.run();
        };
    return this;
  }

  public int status() {
    return status;
  }

  public void applyEffect() {
    effect.run();
  }

  /**
   * Why {@code envelope} (with HTTP status {@code httpStatus}) is not this response; empty if it
   * is.
   */
  public List<String> mismatches(int httpStatus, JsonNode envelope) {
    List<String> problems = new ArrayList<>();
    if (httpStatus != status) {
      problems.add("HTTP status " + httpStatus + ", expected " + status);
      return problems;
    }
    expect(problems, "message", message, envelope.path("message"));
    if (dataName != null) {
      expect(problems, "data.name", dataName, envelope.path("data").path("name"));
    }
    JsonNode error = envelope.path("error");
    expect(problems, "error.errorKey", errorKey, error.path("errorKey"));
    expect(problems, "error.message", errorMessage, error.path("message"));
    if (errorMessageRule != null && !errorMessageRule.test(error.path("message").asText(null))) {
      problems.add("error.message " + error.path("message") + " does not " + errorMessageRuleText);
    }
    if (nestedMessage != null || detail != null || reason != null || details != null) {
      JsonNode nested = Json.parse(error.path("data").asText("{}")).path("error");
      expect(problems, "error.data Message", nestedMessage, nested.path("Message"));
      JsonNode detailed = nested.path("DetailedError");
      expect(problems, "error.data Errormessage", detail, detailed.path("Errormessage"));
      expect(problems, "error.data Reason", reason, detailed.path("Reason"));
      expect(problems, "error.data Details", details, detailed.path("Details"));
    }
    for (Violation v : violations) {
      boolean named = false;
      for (JsonNode entry : error.path("fields")) {
        named |= v.namedBy(entry.path("field").asText(null));
      }
      if (!named) {
        problems.add("error.fields " + error.path("fields") + " does not name: " + v);
      }
    }
    if (problems.isEmpty()) {
      try {
        dataCheck.accept(envelope.path("data"));
      } catch (AssertionError e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  private static void expect(List<String> problems, String what, String expected, JsonNode actual) {
    if (expected != null
        && !Objects.equals(expected, actual.isTextual() ? actual.asText() : null)) {
      problems.add(what + " was " + actual + ", expected \"" + expected + "\"");
    }
  }

  @Override
  public String toString() {
    return status + " " + label;
  }
}

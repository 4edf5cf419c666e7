package io.workloadplacement.simulator.fault;

import java.util.Objects;
import java.util.regex.Pattern;

/** A shell-style name pattern: {@code *} is any run of characters, {@code ?} any one. */
public record Glob(String pattern) {

  public Glob {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("a name pattern must not be empty");
    }
  }

  /** True when {@code text} matches the whole pattern. */
  public boolean matches(String text) {
    return text != null && regex().matcher(text).matches();
  }

  private Pattern regex() {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  @Override
  public String toString() {
    return pattern;
  }
}

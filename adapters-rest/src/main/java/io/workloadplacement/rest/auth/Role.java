package io.workloadplacement.rest.auth;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do (the vendor's SDK roles): all workspaces, or read/write or read one. */
public enum Role {
  /** Reads and writes every workspace. */
  OWNER("Owner"),
  /** Reads and writes the placements of one workspace. */
  EDITOR("Editor"),
  /** Reads the placements of one workspace. */
  VIEWER("Viewer");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  /** The role as the SDK spells it: {@code Owner}, {@code Editor}, {@code Viewer}. */
  public String wireName() {
    return wireName;
  }

  /** True when a key of this role is bound to one workspace. */
  public boolean isScoped() {
    return this != OWNER;
  }

  /** The role named {@code text}, ignoring case (operators type these on a command line). */
  public static Optional<Role> parse(String text) {
    for (Role role : values()) {
      if (role.wireName.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package io.workloadplacement.rest.auth;

import io.workloadplacement.domain.model.DnsNames;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured API key: the secret a client exchanges for a token, its role, the workspace an
 * {@code Editor} or {@code Viewer} key is bound to ({@code Owner} keys have none), and when it
 * expires, if ever.
 */
public record ApiKey(
    String key, Role role, Optional<String> workspace, Optional<Instant> expiresAt) {

  public ApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (key.isEmpty() || !key.chars().allMatch(c -> c > ' ' && c < 127)) {
      // keys travel in JSON and on command lines: printable ASCII without spaces is unambiguous
      throw new IllegalArgumentException("an API key is printable ASCII without spaces");
    }
    if (role.isScoped() && workspace.isEmpty()) {
      throw new IllegalArgumentException("a " + role.wireName() + " key needs a workspace");
    }
    if (!role.isScoped() && workspace.isPresent()) {
      throw new IllegalArgumentException("an Owner key covers every workspace; it takes none");
    }
    workspace
        .filter(w -> !DnsNames.isLabel(w))
        .ifPresent(
            w -> {
              throw new IllegalArgumentException("workspace \"" + w + "\" is not a DNS-1123 label");
            });
  }

  /** A key that never expires. */
  public ApiKey(String key, Role role, Optional<String> workspace) {
    this(key, role, workspace, Optional.empty());
  }

  /** This key, expiring at {@code when}. */
  public ApiKey expiringAt(Instant when) {
    return new ApiKey(key, role, workspace, Optional.of(when));
  }

  /** True when the key has expired at {@code now}. */
  public boolean hasExpired(Instant now) {
    return expiresAt.map(end -> !now.isBefore(end)).orElse(false);
  }

  /** An {@code Owner} key. */
  public static ApiKey owner(String key) {
    return new ApiKey(key, Role.OWNER, Optional.empty());
  }

  /** An {@code Editor} key of {@code workspace}. */
  public static ApiKey editor(String key, String workspace) {
    return new ApiKey(key, Role.EDITOR, Optional.of(workspace));
  }

  /** A {@code Viewer} key of {@code workspace}. */
  public static ApiKey viewer(String key, String workspace) {
    return new ApiKey(key, Role.VIEWER, Optional.of(workspace));
  }

  /**
   * Reads the command-line form {@code KEY:Owner}, {@code KEY:Editor:WORKSPACE} or {@code
   * KEY:Viewer:WORKSPACE} (role names ignore case), optionally followed by {@code @} and an RFC
   * 3339 UTC expiry ({@code KEY:Owner@2026-12-31T00:00:00Z}). The key therefore cannot contain a
   * colon. The error never repeats the key, so it may be logged.
   */
  public static ApiKey parse(String spec) {
    int at = spec.lastIndexOf('@');
    if (at >= 0 && spec.indexOf(':') >= 0 && at > spec.indexOf(':')) {
      String expiry = spec.substring(at + 1);
      try {
        return parse(spec.substring(0, at)).expiringAt(Instant.parse(expiry));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "an API key's expiry is an RFC 3339 UTC time such as 2026-12-31T00:00:00Z");
      }
    }
    String[] parts = spec.split(":", -1);
    Optional<Role> role = parts.length >= 2 ? Role.parse(parts[1]) : Optional.empty();
    if (parts.length < 2 || parts.length > 3 || role.isEmpty()) {
      throw new IllegalArgumentException(
          "an API key is KEY:Owner, KEY:Editor:WORKSPACE or KEY:Viewer:WORKSPACE,"
              + " optionally followed by @EXPIRY (2026-12-31T00:00:00Z)");
    }
    Optional<String> workspace = parts.length == 3 ? Optional.of(parts[2]) : Optional.empty();
    return new ApiKey(parts[0], role.get(), workspace);
  }

  /** The caller this key authenticates. */
  public Caller caller() {
    return new Caller(role, workspace);
  }

  /** Never shows the secret, so settings can be logged. */
  @Override
  public String toString() {
    return "ApiKey["
        + role.wireName()
        + workspace.map(w -> ":" + w).orElse("")
        + expiresAt.map(e -> "@" + e).orElse("")
        + ", key=***]";
  }
}

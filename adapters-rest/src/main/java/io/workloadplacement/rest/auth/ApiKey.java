package io.workloadplacement.rest.auth;

import io.workloadplacement.domain.model.DnsNames;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured API key: the secret a client exchanges for a token, its role, and the workspace an
 * {@code Editor} or {@code Viewer} key is bound to ({@code Owner} keys have none).
 */
public record ApiKey(String key, Role role, Optional<String> workspace) {

  public ApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(workspace, "workspace");
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
   * KEY:Viewer:WORKSPACE} (role names ignore case). The key therefore cannot contain a colon. The
   * error never repeats the key, so it may be logged.
   */
  public static ApiKey parse(String spec) {
    String[] parts = spec.split(":", -1);
    Optional<Role> role = parts.length >= 2 ? Role.parse(parts[1]) : Optional.empty();
    if (parts.length < 2 || parts.length > 3 || role.isEmpty()) {
      throw new IllegalArgumentException(
          "an API key is KEY:Owner, KEY:Editor:WORKSPACE or KEY:Viewer:WORKSPACE");
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
    return "ApiKey[" + role.wireName() + workspace.map(w -> ":" + w).orElse("") + ", key=***]";
  }
}

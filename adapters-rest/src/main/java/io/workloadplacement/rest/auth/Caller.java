package io.workloadplacement.rest.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, once a token has been checked: a role and, for {@code Editor} and {@code Viewer},
 * the one workspace the caller sees.
 */
public record Caller(Role role, Optional<String> workspace) {

  public Caller {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(workspace, "workspace");
    if (role.isScoped() != workspace.isPresent()) {
      throw new IllegalArgumentException("Owner has no workspace; Editor and Viewer have one");
    }
  }

  /** True when placements of {@code workspaceName} exist for this caller. */
  public boolean canRead(String workspaceName) {
    return role == Role.OWNER || workspace.get().equals(workspaceName);
  }

  /** True when this caller may create, change and delete placements of {@code workspaceName}. */
  public boolean canWrite(String workspaceName) {
    return role != Role.VIEWER && canRead(workspaceName);
  }

  /** True when this caller may write at all (in some workspace). */
  public boolean writes() {
    return role != Role.VIEWER;
  }
}

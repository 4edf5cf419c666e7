package io.workloadplacement.rest.auth;

import io.workloadplacement.domain.port.in.AccessScope;
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

  /** What this caller may reach, as the domain's use cases judge it. */
  public AccessScope scope() {
    return new AccessScope(workspace, role != Role.VIEWER);
  }

  /** True when placements of {@code workspaceName} exist for this caller. */
  public boolean canRead(String workspaceName) {
    return scope().canRead(workspaceName);
  }

  /** True when this caller may create, change and delete placements of {@code workspaceName}. */
  public boolean canWrite(String workspaceName) {
    return scope().canWrite(workspaceName);
  }

  /** True when this caller may write at all (in some workspace). */
  public boolean writes() {
    return scope().writes();
  }
}

package io.workloadplacement.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may reach (contract section 5): every workspace or one, and whether it may write. A
 * placement outside the scope does not exist for the caller; the services judge it inside the same
 * read-modify-write step that changes the placement.
 *
 * @param workspace the one workspace the caller sees; empty for every workspace
 * @param writes true when the caller may create, change and delete what it sees
 */
public record AccessScope(Optional<String> workspace, boolean writes) {

  private static final AccessScope EVERYTHING = new AccessScope(Optional.empty(), true);

  public AccessScope {
    Objects.requireNonNull(workspace, "workspace");
  }

  /** Reads and writes every workspace: authentication off, or the server's own callers. */
  public static AccessScope everything() {
    return EVERYTHING;
  }

  /** Reads and writes {@code workspace} only. */
  public static AccessScope readWrite(String workspace) {
    return new AccessScope(Optional.of(workspace), true);
  }

  /** Reads {@code workspace} only. */
  public static AccessScope readOnly(String workspace) {
    return new AccessScope(Optional.of(workspace), false);
  }

  /** True when placements of {@code workspaceName} exist for this caller. */
  public boolean canRead(String workspaceName) {
    return workspace.isEmpty() || workspace.get().equals(workspaceName);
  }

  /** True when this caller may create, change and delete placements of {@code workspaceName}. */
  public boolean canWrite(String workspaceName) {
    return writes && canRead(workspaceName);
  }
}

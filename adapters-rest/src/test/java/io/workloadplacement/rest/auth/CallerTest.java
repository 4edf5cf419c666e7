package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each role's reach, over its own workspace and another. */
class CallerTest {

  private static final Caller OWNER = new Caller(Role.OWNER, Optional.empty());
  private static final Caller EDITOR = new Caller(Role.EDITOR, Optional.of("abc"));
  private static final Caller VIEWER = new Caller(Role.VIEWER, Optional.of("abc"));

  @Test
  void anOwnerReadsAndWritesEverywhere() {
    assertThat(OWNER.canRead("xyz")).isTrue();
    assertThat(OWNER.canWrite("xyz")).isTrue();
  }

  @Test
  void anEditorReadsAndWritesItsWorkspaceOnly() {
    assertThat(EDITOR.canRead("abc")).isTrue();
    assertThat(EDITOR.canWrite("abc")).isTrue();
    assertThat(EDITOR.canRead("xyz")).isFalse();
    assertThat(EDITOR.canWrite("xyz")).isFalse();
  }

  @Test
  void aViewerReadsItsWorkspaceAndWritesNothing() {
    assertThat(VIEWER.canRead("abc")).isTrue();
    assertThat(VIEWER.canWrite("abc")).isFalse();
    assertThat(VIEWER.canRead("xyz")).isFalse();
    assertThat(VIEWER.writes()).isFalse();
  }
}

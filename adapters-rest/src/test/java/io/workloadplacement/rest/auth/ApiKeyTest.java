package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API keys validate themselves and read the command-line form. */
class ApiKeyTest {

  @Test
  void parsesEachRole() {
    assertThat(ApiKey.parse("s3cret:Owner")).isEqualTo(ApiKey.owner("s3cret"));
    assertThat(ApiKey.parse("s3cret:Editor:abc")).isEqualTo(ApiKey.editor("s3cret", "abc"));
    assertThat(ApiKey.parse("s3cret:Viewer:abc")).isEqualTo(ApiKey.viewer("s3cret", "abc"));
  }

  @Test
  void roleNamesIgnoreCase() {
    assertThat(ApiKey.parse("k:owner").role()).isEqualTo(Role.OWNER);
    assertThat(ApiKey.parse("k:EDITOR:abc").role()).isEqualTo(Role.EDITOR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "topsecret",
        "topsecret:Admin",
        "topsecret:Editor",
        "topsecret:Viewer:",
        "topsecret:Owner:abc",
        "topsecret:Editor:Not_A_Label",
        ":Owner",
        "top secret:Owner",
        "topsecret:Editor:abc:def"
      })
  void refusesABadSpecWithoutRepeatingTheKey(String spec) {
    assertThatThrownBy(() -> ApiKey.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
  }

  @Test
  void scopedRolesNeedAWorkspaceAndOwnersTakeNone() {
    assertThatThrownBy(() -> new ApiKey("k", Role.VIEWER, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApiKey("k", Role.OWNER, Optional.of("abc")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverShowsTheSecret() {
    assertThat(ApiKey.editor("topsecret", "abc").toString())
        .doesNotContain("topsecret")
        .contains("Editor", "abc");
    assertThat(AuthSettings.of(java.util.List.of(ApiKey.owner("topsecret"))).toString())
        .doesNotContain("topsecret");
  }

  @Test
  void theCallerHasTheKeysRoleAndWorkspace() {
    assertThat(ApiKey.viewer("k", "abc").caller())
        .isEqualTo(new Caller(Role.VIEWER, Optional.of("abc")));
  }
}

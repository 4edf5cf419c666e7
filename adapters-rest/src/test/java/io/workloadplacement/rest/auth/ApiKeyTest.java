package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
  void aKeyMayEndWithAnExpiry() {
    Instant end = Instant.parse("2026-12-31T00:00:00Z");
    assertThat(ApiKey.parse("s3cret:Owner@2026-12-31T00:00:00Z"))
        .isEqualTo(ApiKey.owner("s3cret").expiringAt(end));
    assertThat(ApiKey.parse("s3cret:Viewer:abc@2026-12-31T00:00:00Z"))
        .isEqualTo(ApiKey.viewer("s3cret", "abc").expiringAt(end));
    // an @ before the role is part of the key
    assertThat(ApiKey.parse("me@example:Owner")).isEqualTo(ApiKey.owner("me@example"));
    ApiKey key = ApiKey.parse("s3cret:Owner@2026-12-31T00:00:00Z");
    assertThat(key.hasExpired(end.minusSeconds(1))).isFalse();
    assertThat(key.hasExpired(end)).isTrue();
    assertThat(ApiKey.owner("s3cret").hasExpired(Instant.MAX)).isFalse();
    assertThat(key.toString()).contains("2026-12-31T00:00:00Z").doesNotContain("s3cret");
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
        "topsecret:Editor:abc:def",
        "topsecret:Owner@2026-12-31",
        "topsecret:Owner@tomorrow",
        "topsecret:Editor:abc@"
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

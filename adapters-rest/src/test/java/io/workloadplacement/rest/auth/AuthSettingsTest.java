package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authentication is on exactly when keys are configured. */
class AuthSettingsTest {

  @Test
  void disabledHasNoKeys() {
    assertThat(AuthSettings.disabled().enabled()).isFalse();
    assertThat(AuthSettings.disabled().tokenLifetime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void oneKeyEnablesIt() {
    AuthSettings settings = AuthSettings.ofSpecs(List.of("a:Owner", "b:Viewer:abc"));

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.keys()).containsExactly(ApiKey.owner("a"), ApiKey.viewer("b", "abc"));
  }

  @Test
  void aKeyConfiguredTwiceIsRefused() {
    assertThatThrownBy(() -> AuthSettings.ofSpecs(List.of("a:Owner", "a:Viewer:abc")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLifetimeIsAtLeastOneSecond() {
    AuthSettings settings = AuthSettings.ofSpecs(List.of("a:Owner"));

    assertThat(settings.withTokenLifetime(Duration.ofMinutes(5)).tokenLifetime())
        .isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> settings.withTokenLifetime(Duration.ofMillis(999)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens: issued for configured keys only, random, and accepted until they expire. */
class TokenIssuerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-10-30T08:39:52.700Z"));
  private final TokenIssuer issuer =
      new TokenIssuer(
          AuthSettings.of(List.of(ApiKey.owner("owner-key"), ApiKey.editor("editor-key", "abc")))
              .withTokenLifetime(Duration.ofMinutes(10))
              .withClock(clock));

  @Test
  void anUnknownKeyGetsNoToken() {
    assertThat(issuer.exchange("owner-key2")).isEmpty();
    assertThat(issuer.exchange("owner-ke")).isEmpty();
    assertThat(issuer.exchange("")).isEmpty();
  }

  @Test
  void aTokenNamesTheCallerOfItsKey() {
    String token = issuer.exchange("editor-key").orElseThrow().token();

    assertThat(issuer.verify(token)).contains(new Caller(Role.EDITOR, Optional.of("abc")));
  }

  @Test
  void tokensAreRandomAndDistinct() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      tokens.add(issuer.exchange("owner-key").orElseThrow().token());
    }
    assertThat(tokens).hasSize(100).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
  }

  @Test
  void aTokenExpiresAtTheWholeSecondItAnnounces() {
    TokenIssuer.IssuedToken issued = issuer.exchange("owner-key").orElseThrow();

    assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2025-10-30T08:49:52Z"));
    clock.advance(Duration.ofMinutes(10).minusMillis(701));
    assertThat(issuer.verify(issued.token())).isPresent();
    clock.advance(Duration.ofMillis(1));
    assertThat(issuer.verify(issued.token())).isEmpty();
  }

  @Test
  void anUnknownTokenNamesNobody() {
    assertThat(issuer.verify("")).isEmpty();
    assertThat(issuer.verify("owner-key")).isEmpty();
  }

  @Test
  void neverShowsTheToken() {
    TokenIssuer.IssuedToken issued = issuer.exchange("owner-key").orElseThrow();

    assertThat(issued.toString()).doesNotContain(issued.token());
  }
}

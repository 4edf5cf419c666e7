package io.workloadplacement.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the API asks for a token, and which API keys buy one: authentication is on exactly when
 * at least one key is configured ({@link #disabled()} is the default, for a server on loopback).
 *
 * @param keys the accepted API keys, each key string at most once
 * @param tokenLifetime how long an issued token is accepted
 * @param clock judges token expiry and the key guess window (a test moves it instead of sleeping)
 * @param guessLimit wrong keys allowed per client address on {@code POST /api/v1/auth}
 */
public record AuthSettings(
    List<ApiKey> keys, Duration tokenLifetime, Clock clock, KeyGuessLimit guessLimit) {

  /** The default token lifetime: one hour. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

  public AuthSettings {
    keys = List.copyOf(keys);
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(guessLimit, "guessLimit");
    if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the token lifetime must be at least one second");
    }
    Set<String> seen = new HashSet<>();
    for (ApiKey key : keys) {
      if (!seen.add(key.key())) {
        // the same secret with two roles would make the role depend on configuration order
        throw new IllegalArgumentException("an API key is configured twice (" + key + ")");
      }
    }
  }

  /** Settings with the default key guess limit. */
  public AuthSettings(List<ApiKey> keys, Duration tokenLifetime, Clock clock) {
    this(keys, tokenLifetime, clock, KeyGuessLimit.DEFAULT);
  }

  /** No keys: every request is served without a token, and {@code POST /api/v1/auth} is 404. */
  public static AuthSettings disabled() {
    return of(List.of());
  }

  /** {@code keys} with the default lifetime and the system clock. */
  public static AuthSettings of(List<ApiKey> keys) {
    return new AuthSettings(keys, DEFAULT_TOKEN_LIFETIME, Clock.systemUTC());
  }

  /** Keys in the command-line form of {@link ApiKey#parse}, such as {@code s3cret:Owner}. */
  public static AuthSettings ofSpecs(List<String> specs) {
    return of(specs.stream().map(ApiKey::parse).toList());
  }

  /** These settings with another token lifetime. */
  public AuthSettings withTokenLifetime(Duration lifetime) {
    return new AuthSettings(keys, lifetime, clock, guessLimit);
  }

  /** These settings with another clock. */
  public AuthSettings withClock(Clock newClock) {
    return new AuthSettings(keys, tokenLifetime, newClock, guessLimit);
  }

  /** These settings with another key guess limit ({@link KeyGuessLimit#off()} for none). */
  public AuthSettings withGuessLimit(KeyGuessLimit limit) {
    return new AuthSettings(keys, tokenLifetime, clock, limit);
  }

  /** True when requests to the placement routes need a token. */
  public boolean enabled() {
    return !keys.isEmpty();
  }
}

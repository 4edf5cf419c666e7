package io.workloadplacement.rest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exchanges API keys for bearer tokens and checks tokens. Tokens are opaque (256 random bits from
 * {@link SecureRandom}), live in memory until they expire, and are forgotten on restart: clients
 * exchange their key again, as they must after expiry anyway.
 */
public final class TokenIssuer {

  private static final int TOKEN_BYTES = 32;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final List<KnownKey> keys;
  private final Duration lifetime;
  private final Clock clock;
  // keyed by the token's digest, so the map never holds a usable token and lookups leak no timing
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  /** An issuer for the keys, lifetime and clock of {@code settings}. */
  public TokenIssuer(AuthSettings settings) {
    this.keys =
        settings.keys().stream()
            .map(k -> new KnownKey(digestBytes(k.key()), k.caller(), k.expiresAt()))
            .toList();
    this.lifetime = settings.tokenLifetime();
    this.clock = settings.clock();
  }

  // made on the first exchange: loading the security providers is a cold start's cost, and a
  // server without keys never issues a token (SecureRandom is thread-safe, so one serves all)
  private static final class Randomness {
    static final SecureRandom SOURCE = new SecureRandom();
  }

  /** A token issued for a key, and when it stops being accepted. */
  public record IssuedToken(String token, Instant expiresAt) {
    public IssuedToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
      return "IssuedToken[token=***, expiresAt=" + expiresAt + "]";
    }
  }

  /**
   * A new token for {@code apiKey}, or empty when no configured key matches it or the key has
   * expired ({@link #hasExpired} tells which). A token never outlives its key.
   */
  public Optional<IssuedToken> exchange(String apiKey) {
    Instant now = clock.instant();
    Optional<KnownKey> known = keyOf(apiKey).filter(k -> !k.hasExpired(now));
    if (known.isEmpty()) {
      return Optional.empty();
    }
    forgetExpired(now);
    Instant end = now.plus(lifetime);
    Instant keyEnd = known.get().expiresAt().orElse(end);
    // whole seconds, so the expiry a client reads is exactly the one applied
    Instant expiresAt = (keyEnd.isBefore(end) ? keyEnd : end).truncatedTo(ChronoUnit.SECONDS);
    byte[] bytes = new byte[TOKEN_BYTES];
    Randomness.SOURCE.nextBytes(bytes);
    String token = ENCODER.encodeToString(bytes);
    grants.put(digest(token), new Grant(known.get().caller(), expiresAt));
    return Optional.of(new IssuedToken(token, expiresAt));
  }

  /** The caller {@code token} was issued to, or empty when it is unknown or has expired. */
  public Optional<Caller> verify(String token) {
    String id = digest(token);
    Grant grant = grants.get(id);
    if (grant == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(grant.expiresAt())) {
      grants.remove(id, grant);
      return Optional.empty();
    }
    return Optional.of(grant.caller());
  }

  /** True when {@code apiKey} is a configured key whose expiry has passed. */
  public boolean hasExpired(String apiKey) {
    Instant now = clock.instant();
    return keyOf(apiKey).map(k -> k.hasExpired(now)).orElse(false);
  }

  /**
   * Compares the presented key with every configured one in constant time (digests of equal length
   * through {@link MessageDigest#isEqual}), without stopping at a match, so timing tells nothing
   * about which key or how much of it matched.
   */
  private Optional<KnownKey> keyOf(String apiKey) {
    byte[] presented = digestBytes(apiKey);
    KnownKey match = null;
    for (KnownKey known : keys) {
      if (MessageDigest.isEqual(presented, known.digest()) && match == null) {
        match = known;
      }
    }
    return Optional.ofNullable(match);
  }

  private void forgetExpired(Instant now) {
    grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
  }

  private static String digest(String secret) {
    return ENCODER.encodeToString(digestBytes(secret));
  }

  private static byte[] digestBytes(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private record KnownKey(byte[] digest, Caller caller, Optional<Instant> expiresAt) {
    boolean hasExpired(Instant now) {
      return expiresAt.map(end -> !now.isBefore(end)).orElse(false);
    }
  }

  private record Grant(Caller caller, Instant expiresAt) {}
}

package io.workloadplacement.conformance.sut;

/** How the suite authenticates to a target (section 5 of the contract). */
public sealed interface Auth {

  /** No Authorization header (authentication off, as on loopback by default). */
  record None() implements Auth {}

  /** {@code Authorization: Bearer <token>}. */
  record Bearer(String token) implements Auth {}

  /** An API key, exchanged once for a token with {@code POST /api/v1/auth {"apiKey": ...}}. */
  record ApiKey(String apiKey) implements Auth {}

  static Auth none() {
    return new None();
  }
}

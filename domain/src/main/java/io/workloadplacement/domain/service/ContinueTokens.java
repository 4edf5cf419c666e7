package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.InvalidContinueTokenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque list continuation tokens: the name the previous page ended with, versioned and encoded so
 * that clients do not build them by hand.
 */
final class ContinueTokens {

  private static final String PREFIX = "wp1:";

  private ContinueTokens() {}

  static String encode(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + lastName).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The name a token continues after.
   *
   * @throws InvalidContinueTokenException when this server did not issue it
   */
  static String decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
        throw new InvalidContinueTokenException();
      }
      return text.substring(PREFIX.length());
    } catch (IllegalArgumentException e) {
      throw new InvalidContinueTokenException();
    }
  }
}

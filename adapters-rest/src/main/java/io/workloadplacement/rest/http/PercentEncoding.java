package io.workloadplacement.rest.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict percent-decoding of URI parts (RFC 3986): every {@code %} starts two hex digits and the
 * bytes decode as UTF-8. Jetty and Javalin decode leniently (Javalin drops a query parameter it
 * cannot decode), so the API checks the raw text itself and refuses what is not well encoded.
 */
public final class PercentEncoding {

  private PercentEncoding() {}

  /** What is wrong with the encoding of {@code raw}, or empty when it decodes cleanly. */
  public static Optional<String> problemIn(String raw) {
    byte[] bytes = new byte[raw.length()];
    int length = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        // unencoded non-ASCII is left to the server's own decoding; only escapes are checked
        bytes[length++] = c < 0x80 ? (byte) c : (byte) '?';
        continue;
      }
      if (i + 2 >= raw.length()) {
        return Optional.of("it ends in an incomplete '%' escape");
      }
      int high = Character.digit(raw.charAt(i + 1), 16);
      int low = Character.digit(raw.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return Optional.of("'" + raw.substring(i, i + 3) + "' is not '%' and two hex digits");
      }
      bytes[length++] = (byte) (high << 4 | low);
      i += 2;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.of("its escapes do not decode as UTF-8");
    }
  }
}

package io.workloadplacement.rest.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id of each request: the client's {@code X-Request-Id} when it is safe to log, a new UUID
 * otherwise; echoed in the response and written in every log line about the request.
 */
public final class RequestIds {

  /** The header that carries the id both ways. */
  public static final String HEADER = "X-Request-Id";

  private static final String ATTRIBUTE = RequestIds.class.getName();

  // a client id is honoured only when it cannot forge or break a log line
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  /** Assigns the request its id and echoes it; the first thing done for every request. */
  public static void assign(Context ctx) {
    ctx.header(HEADER, of(ctx));
  }

  /** The request's id, assigning one if it has none yet. */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    if (id == null) {
      String sent = ctx.header(HEADER);
      id = sent != null && SAFE.matcher(sent).matches() ? sent : newId();
      ctx.attribute(ATTRIBUTE, id);
    }
    return id;
  }

  /**
   * A new random (version 4) UUID from the thread's own random: {@link UUID#randomUUID} draws from
   * one shared {@code SecureRandom}, a lock every request would queue on, and an id that is only
   * logged and echoed need not be unguessable.
   */
  public static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}

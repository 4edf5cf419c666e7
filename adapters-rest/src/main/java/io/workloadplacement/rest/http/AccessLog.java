package io.workloadplacement.rest.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request, with its id, after the response is written: the one home of the access
 * line, also for requests that end outside Javalin's logger (a stream whose client left).
 */
public final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.workloadplacement.rest.access");

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    if (!LOG.isInfoEnabled()) {
      return; // quiet: not even the line's parts are built
    }
    write(
        RequestIds.of(ctx),
        String.valueOf(ctx.method()),
        target(ctx),
        ctx.statusCode(),
        executionTimeMs);
  }

  /** The path of {@code ctx} with its query, as the access line shows it. */
  public static String target(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }

  /** Writes the access line of one request; {@code note}, when given, ends it in parentheses. */
  public static void write(
      String requestId,
      String method,
      String target,
      int status,
      double durationMs,
      String... note) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    LOG.info(
        "requestId={} method={} path={} status={} durationMs={}{}",
        requestId,
        method,
        target,
        status,
        String.format(Locale.ROOT, "%.1f", durationMs),
        note.length == 0 ? "" : " (" + String.join(", ", note) + ")");
  }
}

package io.workloadplacement.rest.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One INFO line per request, with its id, after the response is written. */
public final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.workloadplacement.rest.access");

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    String query = ctx.queryString();
    LOG.info(
        "requestId={} method={} path={} status={} durationMs={}",
        RequestIds.of(ctx),
        ctx.method(),
        query == null ? ctx.path() : ctx.path() + "?" + query,
        ctx.statusCode(),
        String.format(Locale.ROOT, "%.1f", executionTimeMs));
  }
}

package io.workloadplacement.rest.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Swagger UI at {@code /docs}: this project's own page, which loads Swagger UI's files from the
 * {@code org.webjars:swagger-ui} webjar and points it at {@link OpenApiDocument#PATH}. (The
 * webjar's own initializer points at the Petstore example.)
 */
public final class SwaggerUiPage {

  /** Where the page is served. */
  public static final String PATH = "/docs";

  /** Where the webjar's files are served, version included. */
  public static final String ASSETS = "/webjars/swagger-ui/" + webjarVersion();

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="UTF-8">
        <title>Workload Placement API</title>
        <link rel="stylesheet" href="%1$s/swagger-ui.css">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="%1$s/swagger-ui-bundle.js"></script>
        <script src="%1$s/swagger-ui-standalone-preset.js"></script>
        <script>
          window.onload = function () {
            window.ui = SwaggerUIBundle({
              url: "%2$s",
              dom_id: "#swagger-ui",
              deepLinking: true,
              presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
              layout: "StandaloneLayout"
            });
          };
        </script>
      </body>
      </html>
      """
          .formatted(ASSETS, OpenApiDocument.PATH);

  private SwaggerUiPage() {}

  /** Answers {@code GET /docs}. */
  public static void serve(Context ctx) {
    ctx.html(PAGE);
  }

  /** The webjar's version, read from its Maven metadata so that an upgrade needs no code change. */
  private static String webjarVersion() {
    String metadata = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = SwaggerUiPage.class.getResourceAsStream(metadata)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

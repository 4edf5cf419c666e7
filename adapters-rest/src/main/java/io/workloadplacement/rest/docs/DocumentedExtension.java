package io.workloadplacement.rest.docs;

import io.javalin.config.JavalinConfig;
import java.util.function.Consumer;

/**
 * An extension of the app that documents the routes it adds: {@code /openapi.json} then describes
 * them beside the API's own, and Swagger UI at {@code /docs} can call them.
 */
public interface DocumentedExtension extends Consumer<JavalinConfig> {

  /** The OpenAPI description of the routes this extension adds. */
  OpenApiFragment openApi();
}

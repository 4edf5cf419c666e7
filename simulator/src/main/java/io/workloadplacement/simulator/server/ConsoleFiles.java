package io.workloadplacement.simulator.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The web console at {@value #PATH}: static files (HTML, CSS and plain ES modules) from the jar's
 * {@value #DIRECTORY} directory, which call the API, the control API and the watch from the
 * browser. A path no file matches falls through to the app's routes (and its 404 envelope).
 */
final class ConsoleFiles implements Consumer<JavalinConfig> {

  /** Where the console is served. */
  static final String PATH = "/";

  /** The classpath directory holding its files. */
  static final String DIRECTORY = "/simulator-console";

  @Override
  public void accept(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = PATH;
          files.directory = DIRECTORY;
          files.location = Location.CLASSPATH;
          // a newer jar's console is picked up at once (the browser revalidates, 304 when equal)
          files.headers = Map.of("Cache-Control", "no-cache");
        });
  }
}

package io.workloadplacement.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling GET by name is measured against: a bare Javalin app (the version the API runs on)
 * answering one path with fixed bytes as {@code application/json}, nothing else. bench/load.sh
 * gives it the bytes the simulator served for the same path.
 *
 * <p>Arguments: port, path, file holding the body.
 */
public final class BareJavalinServer {

  private BareJavalinServer() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    String path = args[1];
    byte[] body = Files.readAllBytes(Path.of(args[2]));
    Javalin.create(
            config ->
                config.routes.get(path, ctx -> ctx.contentType("application/json").result(body)))
        .start("127.0.0.1", port);
  }
}

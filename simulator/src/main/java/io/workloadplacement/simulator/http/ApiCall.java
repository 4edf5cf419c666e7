package io.workloadplacement.simulator.http;

import io.workloadplacement.simulator.fault.ApiOperation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which client-facing operation a request is, and on which placement, worked out from its method
 * and path before routing (a before-handler has no path parameters). Only the placement routes are
 * operations; the watch stream, health, docs and control routes are not.
 *
 * @param placement the placement named in the path; for a create, the one named in the body
 */
record ApiCall(ApiOperation operation, Optional<String> placement) {

  static final String BASE = "/api/v1/workload-placement";

  ApiCall {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(placement, "placement");
  }

  /** The call {@code method} on {@code path} is, if it is one; a create is named by its body. */
  static Optional<ApiCall> of(String method, String path) {
    if (!path.equals(BASE) && !path.startsWith(BASE + "/")) {
      return Optional.empty();
    }
    List<String> rest =
        path.length() <= BASE.length() + 1
            ? List.of()
            : List.of(path.substring(BASE.length() + 1).split("/", -1));
    if (rest.isEmpty()) {
      return switch (method) {
        case "POST" -> call(ApiOperation.CREATE, null);
        case "GET" -> call(ApiOperation.LIST, null);
        default -> Optional.empty();
      };
    }
    if (rest.size() == 2 && method.equals("GET")) {
      return switch (rest.get(0)) {
        case "workspace" -> call(ApiOperation.LIST, null);
        case "get" -> call(ApiOperation.GET, rest.get(1));
        default -> Optional.empty();
      };
    }
    if (rest.size() != 1 || rest.get(0).isEmpty() || rest.get(0).equals("watch")) {
      return Optional.empty();
    }
    return switch (method) {
      case "GET" -> call(ApiOperation.GET, rest.get(0));
      case "PUT" -> call(ApiOperation.UPDATE, rest.get(0));
      case "DELETE" -> call(ApiOperation.DELETE, rest.get(0));
      default -> Optional.empty();
    };
  }

  /** This call on {@code name}: a create learns its placement from the body. */
  ApiCall named(Optional<String> name) {
    return new ApiCall(operation, name);
  }

  private static Optional<ApiCall> call(ApiOperation operation, String placement) {
    return Optional.of(new ApiCall(operation, Optional.ofNullable(placement)));
  }
}

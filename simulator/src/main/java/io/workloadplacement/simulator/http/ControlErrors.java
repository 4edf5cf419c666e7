package io.workloadplacement.simulator.http;

import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.List;

/**
 * The control API's own errors, in the API's envelope. An unknown placement is not here: the
 * control routes throw the domain's {@code PlacementNotFoundException}, which the REST adapter maps
 * to the contract's 404 texts.
 */
final class ControlErrors {

  private ControlErrors() {}

  /** 400 {@code ValidationError} naming one field. */
  static ApiError invalid(String field, String message) {
    return HttpErrors.validation(List.of(new FieldError(field, message)));
  }

  /**
   * 400 {@code ValidationError} from a message of the form "field: problem", as {@code
   * FaultRuleSpec.toRule} and the body reader write them; {@code prefix} is put before the field.
   */
  static ApiError invalidPrefixed(String prefix, String fieldAndMessage) {
    String text = fieldAndMessage == null ? "invalid" : fieldAndMessage;
    int colon = text.indexOf(": ");
    if (colon < 0) {
      return invalid(prefix.isEmpty() ? "body" : prefix, text);
    }
    String field = text.substring(0, colon);
    return invalid(prefix.isEmpty() ? field : prefix + "." + field, text.substring(colon + 2));
  }

  /** 404 for a cluster the simulator does not know, worded like the contract's not-found. */
  static ApiError clusterNotFound(String name) {
    return ApiError.builder(404, "Not Found")
        .errorKey("ClusterNotFound")
        .errorMessage("Cluster not found")
        .dataMessage("Cluster with name '" + name + "' not found")
        .cause("resource not found")
        .reason("NotFound")
        .build();
  }

  /** 409 for a jump to a status that needs a GPU no cluster has free. */
  static ApiError jumpRefused(String name, String why) {
    return ApiError.builder(409, "Conflict")
        .errorKey("InsufficientGpus")
        .errorMessage("Cannot set the status of workload placement '" + name + "'")
        .dataMessage("Status change refused")
        .cause(why)
        .reason("Conflict")
        .details("No free GPU for the requested status")
        .build();
  }
}

package io.workloadplacement.simulator.http;

import io.javalin.http.HttpStatus;
import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.simulator.fault.ApiOperation;
import io.workloadplacement.simulator.fault.FaultEffect;
import java.util.Locale;

/**
 * The envelope of an error a fault rule injects, worded as the vendor's server words a failing
 * backend: {@code errorKey} empty, the rule's message as {@code Errormessage}. A 500 on list is
 * then exactly the contract's store-failure example ("Failed to fetch workload placements",
 * "kubernetes API timeout").
 */
final class InjectedErrors {

  private InjectedErrors() {}

  static ApiError of(FaultEffect.ApiError fault, ApiOperation operation) {
    int status = fault.status();
    return ApiError.builder(status, phrase(status))
        .errorMessage(
            switch (operation) {
              case LIST -> "Failed to fetch workload placements";
              case CREATE -> "Failed to create workload placement";
              case GET -> "Failed to get workload placement";
              case UPDATE -> "Failed to update workload placement";
              case DELETE -> "Failed to delete workload placement";
            })
        .dataMessage(
            switch (operation) {
              case LIST -> "Error retrieving workload placements";
              case CREATE -> "Error registering WorkloadPlacement";
              case GET -> "Error retrieving WorkloadPlacement";
              case UPDATE -> "Error updating WorkloadPlacement";
              case DELETE -> "Error deleting WorkloadPlacement";
            })
        .cause(fault.message())
        .reason(reason(status))
        .build();
  }

  private static String phrase(int status) {
    if (status == 500) {
      return "Internal Server Error"; // RFC 9110's and the vendor's; Javalin says "Server Error"
    }
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
  }

  /** Kubernetes' reason for the status where it has one, else the phrase in CamelCase. */
  private static String reason(int status) {
    return switch (status) {
      case 500 -> "InternalError";
      case 504 -> "Timeout";
      default -> camelCase(phrase(status));
    };
  }

  private static String camelCase(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : phrase.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}

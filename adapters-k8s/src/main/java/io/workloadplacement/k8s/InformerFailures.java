package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an informer of this adapter does when listing or watching fails: it logs and tries again
 * (fabric8 backs off between tries), whether or not it ever synced. A server that started before
 * its API server answered, or before the CRD or the workspace ConfigMap existed, so becomes ready
 * by itself once they are there; until then its readiness says it is not.
 */
final class InformerFailures {

  private static final Logger LOG = LoggerFactory.getLogger(InformerFailures.class);

  private InformerFailures() {}

  /** A handler that retries after every failure, logging it as about {@code what}. */
  static ExceptionHandler keepTrying(String what) {
    return (started, failure) -> {
      LOG.warn("cannot list or watch {}, trying again: {}", what, failure.getMessage());
      return true;
    };
  }
}

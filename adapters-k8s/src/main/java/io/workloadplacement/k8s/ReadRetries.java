package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries of reads, the only requests that are safe to repeat blindly: on 5xx, 429 or no answer, a
 * read is tried again after a short pause, a few times. The client itself never retries (see {@link
 * KubernetesStore#clientConfig}), so a write is sent exactly once.
 */
final class ReadRetries {

  /** One try: what tests of the failures themselves use. */
  static final ReadRetries NONE = new ReadRetries(1, Duration.ZERO);

  /** Three tries without a pause between them. */
  static final ReadRetries IMMEDIATE = new ReadRetries(3, Duration.ZERO);

  /** What the store uses: three tries, 100 ms then 200 ms apart, riding out a leader change. */
  static final ReadRetries DEFAULT = new ReadRetries(3, Duration.ofMillis(100));

  private final int attempts;
  private final Duration pause;

  ReadRetries(int attempts, Duration pause) {
    this.attempts = attempts;
    this.pause = pause;
  }

  /** The result of {@code read}, tried up to the limit while it fails with a passing failure. */
  <T> T read(Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (KubernetesClientException e) {
        if (attempt >= attempts || !isPassing(e)) {
          throw e;
        }
        pauseBefore(attempt + 1);
      }
    }
  }

  /** A failure that may not happen again: the server's (5xx), overload (429), or no answer. */
  static boolean isPassing(KubernetesClientException e) {
    int code = e.getCode();
    return code == 0 || code == 429 || code >= 500;
  }

  private void pauseBefore(int attempt) {
    if (pause.isZero()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis() * (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesClientException("interrupted while waiting to retry a read", e);
    }
  }
}

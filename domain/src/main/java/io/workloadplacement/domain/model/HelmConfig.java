package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.DnsLabel;
import io.workloadplacement.domain.model.validation.RepositoryUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One Helm release to install. Its step key is {@code name}, or {@code releaseName} when name is
 * absent. {@code secretRef} is write-only: stored, never returned.
 */
public record HelmConfig(
    @NotBlank String chart,
    @NotNull @DnsLabel @Size(max = 53) String releaseName,
    @NotNull @DnsLabel String releaseNamespace,
    @NotBlank String repoName,
    @NotNull @RepositoryUrl String repoURL,
    String secretRef,
    Map<String, Object> values,
    @Size(min = 1, max = 253) String name,
    String version,
    @Valid HelmFlags helmFlags) {

  public HelmConfig {
    values = JsonObjects.freeze(values);
  }

  /** The key steps use to name this config. */
  public String key() {
    return name != null ? name : releaseName;
  }

  /** This config with {@code secretRef} replaced. */
  public HelmConfig withSecretRef(String newSecretRef) {
    return new HelmConfig(
        chart,
        releaseName,
        releaseNamespace,
        repoName,
        repoURL,
        newSecretRef,
        values,
        name,
        version,
        helmFlags);
  }
}

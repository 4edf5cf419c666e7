package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.DnsLabel;
import io.workloadplacement.domain.model.validation.DnsSubdomain;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * One Kubernetes object to apply. For ConfigMap and Secret {@code data} is the object's data; for
 * any other kind it is the object's top-level content (for example {@code {"spec": {...}}}). A null
 * namespace means cluster scoped.
 */
public record ManifestResource(
    @NotNull @DnsSubdomain String name,
    @DnsLabel String namespace,
    @NotBlank String apiVersion,
    @NotBlank String kind,
    Map<String, Object> data) {

  public ManifestResource {
    data = JsonObjects.freeze(data);
  }
}

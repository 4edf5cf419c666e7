package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.ValidDuration;

/**
 * The optional Helm flags of the CRD; a null field is unset and takes Helm's default.
 *
 * @param waitReady the CRD's {@code wait} flag ({@code wait} cannot name a record component)
 */
public record HelmFlags(
    Boolean atomic,
    Boolean cleanupOnFail,
    Boolean createNamespace,
    Boolean skipCRDs,
    Boolean waitReady,
    @ValidDuration String timeout) {}

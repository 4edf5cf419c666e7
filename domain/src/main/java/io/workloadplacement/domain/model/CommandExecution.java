package io.workloadplacement.domain.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One command line to run on each cluster, keyed by {@code name}. */
public record CommandExecution(
    @NotBlank @Size(max = 253) String name, @NotBlank @Size(max = 4096) String cmd) {}

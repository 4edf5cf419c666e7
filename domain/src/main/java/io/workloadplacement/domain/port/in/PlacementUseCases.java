package io.workloadplacement.domain.port.in;

/** Every use case a client of the API drives, for adapters that serve them all. */
public interface PlacementUseCases
    extends CreatePlacementUseCase,
        GetPlacementUseCase,
        ListPlacementsUseCase,
        UpdatePlacementUseCase,
        EnableEgsUseCase,
        DeletePlacementUseCase {}

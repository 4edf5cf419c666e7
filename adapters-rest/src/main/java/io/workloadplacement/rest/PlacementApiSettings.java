package io.workloadplacement.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.service.PlacementValidator;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What {@link PlacementApi} is built from: the use cases it serves and what wraps them per request,
 * the browser origins it lets in, whether it is ready, the watch stream if the backend has one,
 * routes served ahead of the API's, extensions that add to the app (the simulator's own routes),
 * and the API keys that authentication asks for (none by default).
 *
 * @param useCases the domain's client-facing use cases
 * @param validator the domain's rules, for a create body that also has wrong JSON types (one 400
 *     names every problem); its composition root owns the factory behind it and closes it
 * @param allowedOrigins CORS origins; empty allows any loopback origin, {@code *} allows any
 * @param readiness answers {@code GET /readyz}: 200 when true, 503 when false
 * @param decorators wrap the use cases of each request, in the order given (the first innermost),
 *     outside authentication's scoping
 * @param watch serves {@code GET /api/v1/workload-placement/watch}; the app closes it when it stops
 * @param routesAhead declare routes before the API's own, so they win where paths overlap (Javalin
 *     gives a request to the first route that matches); the placement routes' token check and the
 *     API's error handling apply to them as to the API's
 * @param extensions applied inside the Javalin config after the API's own routes, so they may add
 *     routes (they answer through {@code ApiResponses} and {@code ApiErrorException})
 * @param auth API keys and token lifetime; {@link AuthSettings#disabled()} serves every request
 *     without a token
 */
public record PlacementApiSettings(
    PlacementUseCases useCases,
    PlacementValidator validator,
    List<UseCaseDecorator> decorators,
    List<String> allowedOrigins,
    BooleanSupplier readiness,
    Optional<WatchEndpoint> watch,
    List<Consumer<RoutesConfig>> routesAhead,
    List<Consumer<JavalinConfig>> extensions,
    AuthSettings auth) {

  public PlacementApiSettings {
    Objects.requireNonNull(useCases, "useCases");
    Objects.requireNonNull(validator, "validator");
    decorators = List.copyOf(decorators);
    allowedOrigins = List.copyOf(allowedOrigins);
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(watch, "watch");
    routesAhead = List.copyOf(routesAhead);
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(auth, "auth");
  }

  /**
   * Settings for {@code useCases} judged by {@code validator}, with every default: loopback CORS,
   * always ready, no extensions, no authentication.
   */
  public static PlacementApiSettings of(PlacementUseCases useCases, PlacementValidator validator) {
    return builder(useCases, validator).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder(PlacementUseCases useCases, PlacementValidator validator) {
    return new Builder(useCases, validator);
  }

  /** Builds settings step by step. */
  public static final class Builder {
    private final PlacementUseCases useCases;
    private final PlacementValidator validator;
    private final List<UseCaseDecorator> decorators = new ArrayList<>();
    private final List<String> allowedOrigins = new ArrayList<>();
    private BooleanSupplier readiness = () -> true;
    private Optional<WatchEndpoint> watch = Optional.empty();
    private final List<Consumer<RoutesConfig>> routesAhead = new ArrayList<>();
    private final List<Consumer<JavalinConfig>> extensions = new ArrayList<>();
    private AuthSettings auth = AuthSettings.disabled();

    private Builder(PlacementUseCases useCases, PlacementValidator validator) {
      this.useCases = useCases;
      this.validator = validator;
    }

    /** Allows browser pages from {@code origin} (scheme, host and port, or {@code *}). */
    public Builder allowOrigin(String origin) {
      allowedOrigins.add(origin);
      return this;
    }

    /** Answers {@code GET /readyz} with {@code check}. */
    public Builder readiness(BooleanSupplier check) {
      this.readiness = check;
      return this;
    }

    /** Wraps the use cases of each request in {@code decorator}, outside those added before. */
    public Builder decorateUseCases(UseCaseDecorator decorator) {
      decorators.add(Objects.requireNonNull(decorator, "decorator"));
      return this;
    }

    /** Serves the watch stream through {@code endpoint}. */
    public Builder watch(WatchEndpoint endpoint) {
      this.watch = Optional.of(endpoint);
      return this;
    }

    /** Declares routes ahead of the API's own, in the order added. */
    public Builder routesAhead(Consumer<RoutesConfig> routes) {
      routesAhead.add(Objects.requireNonNull(routes, "routes"));
      return this;
    }

    /** Adds an extension, applied after the API's own configuration. */
    public Builder extension(Consumer<JavalinConfig> extension) {
      extensions.add(extension);
      return this;
    }

    /**
     * Asks for a bearer token on the placement routes when {@code settings} has keys (contract
     * section 5); health, readiness, the documentation and extensions stay open.
     */
    public Builder auth(AuthSettings settings) {
      this.auth = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public PlacementApiSettings build() {
      return new PlacementApiSettings(
          useCases,
          validator,
          decorators,
          allowedOrigins,
          readiness,
          watch,
          routesAhead,
          extensions,
          auth);
    }
  }
}

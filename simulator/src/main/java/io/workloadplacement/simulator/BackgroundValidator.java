package io.workloadplacement.simulator;

import io.workloadplacement.domain.model.PlacementDraft;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Bean Validation validator, bootstrapped on a thread of its own once asked to ({@link
 * #bootstrapInBackground}) or by its first use: Hibernate Validator's bootstrap and the model's
 * constraint metadata are a good part of a cold start, and nothing needs them before the first
 * write. Each call waits for the bootstrap if it is still running.
 */
final class BackgroundValidator implements Validator, AutoCloseable {

  private record Bootstrapped(ValidatorFactory factory, Validator validator) {}

  private final CompletableFuture<Bootstrapped> bootstrapped = new CompletableFuture<>();

  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * Starts the bootstrap on its own thread, unless it is started already; the first call that needs
   * the validator starts it too.
   */
  void bootstrapInBackground() {
    if (started.getAndSet(true)) {
      return;
    }
    Thread bootstrap =
        new Thread(
            () -> {
              try {
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                Validator validator = factory.getValidator();
                // the model's metadata, built now rather than by the first create
                validator.getConstraintsForClass(PlacementDraft.class);
                bootstrapped.complete(new Bootstrapped(factory, validator));
              } catch (RuntimeException | Error e) {
                bootstrapped.completeExceptionally(e);
              }
            },
            "validator-bootstrap");
    bootstrap.setDaemon(true);
    bootstrap.start();
  }

  private Validator validator() {
    bootstrapInBackground();
    return bootstrapped.join().validator();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    return validator().validate(object, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(
      T object, String propertyName, Class<?>... groups) {
    return validator().validateProperty(object, propertyName, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return validator().validateValue(beanType, propertyName, value, groups);
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return validator().getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return validator().unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return validator().forExecutables();
  }

  /** Releases the factory, once its bootstrap is over. */
  @Override
  public void close() {
    if (started.get()) {
      bootstrapped.join().factory().close();
    }
  }
}

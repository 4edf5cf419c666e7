package io.workloadplacement.bench;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.service.PlacementValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Validating the vendor's seed placement, the first thing every create and update does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  private ValidatorFactory factory;
  private PlacementValidator validator;
  private final PlacementDraft seed = SamplePlacements.seed();

  @Setup
  public void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = new PlacementValidator(factory.getValidator());
  }

  @TearDown
  public void stop() {
    factory.close();
  }

  @Benchmark
  public List<FieldViolation> validateTheSeed() {
    return validator.violationsOf(seed);
  }
}

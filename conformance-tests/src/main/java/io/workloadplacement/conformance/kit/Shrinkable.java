package io.workloadplacement.conformance.kit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value with its shrink tree: the simpler candidates to try when the value makes a
 * property fail, each with simpler candidates of its own. Candidates are computed lazily and come
 * simplest-first, so a greedy walk of the tree reaches a small counterexample quickly.
 *
 * <p>Carrying the tree with the value ("integrated shrinking") is what lets {@link Gen#map} and
 * {@link Gen#flatMap} keep shrinking without an inverse function.
 */
public final class Shrinkable<T> {

  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  public Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = Objects.requireNonNull(shrinks, "shrinks");
  }

  /** A value that cannot be simplified. */
  public static <T> Shrinkable<T> unshrinkable(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  public T value() {
    return value;
  }

  /** The simpler candidates, simplest first. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  /** The same tree with {@code f} applied to every value. */
  public <U> Shrinkable<U> map(Function<? super T, ? extends U> f) {
    return new Shrinkable<>(f.apply(value), () -> shrinks().map(s -> s.map(f)));
  }

  /** The tree pruned to values that satisfy {@code keep} (this root is assumed to). */
  public Shrinkable<T> filter(Predicate<? super T> keep) {
    return new Shrinkable<>(
        value, () -> shrinks().filter(s -> keep.test(s.value())).map(s -> s.filter(keep)));
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

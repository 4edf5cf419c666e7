package io.workloadplacement.conformance.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator: from a {@link SplittableRandom} it builds a value together with its shrink
 * tree. The same seed always gives the same value, which is what makes a failure replayable.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Generates one value and how to simplify it. */
  Shrinkable<T> generate(SplittableRandom random);

  /** Generates just the value. */
  default T sample(SplittableRandom random) {
    return generate(random).value();
  }

  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return random -> generate(random).map(f);
  }

  /**
   * A generator whose second stage depends on the first. The second stage is generated from a seed
   * fixed at generation time, so shrinking the first stage regenerates a consistent second stage
   * (for example steps regenerated from fewer configs stay resolvable).
   */
  default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
    return random -> {
      Shrinkable<T> outer = generate(random);
      long seed = random.nextLong();
      return bind(outer, f, seed);
    };
  }

  private static <T, U> Shrinkable<U> bind(
      Shrinkable<T> outer, Function<? super T, Gen<U>> f, long seed) {
    Shrinkable<U> inner = f.apply(outer.value()).generate(new SplittableRandom(seed));
    return new Shrinkable<>(
        inner.value(),
        () -> Stream.concat(outer.shrinks().map(o -> bind(o, f, seed)), inner.shrinks()));
  }

  /** Combines a value of {@code a} and one of {@code b}; both shrink. */
  static <A, B, R> Gen<R> map2(
      Gen<A> a, Gen<B> b, java.util.function.BiFunction<? super A, ? super B, ? extends R> f) {
    return a.flatMap(x -> b.map(y -> f.apply(x, y)));
  }

  /** Keeps only values that satisfy {@code keep}, retrying generation up to 100 times. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return random -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        Shrinkable<T> s = generate(random);
        if (keep.test(s.value())) {
          return s.filter(keep);
        }
      }
      throw new IllegalStateException("filter rejected 100 values in a row");
    };
  }

  // ---- factories ----

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return random -> Shrinkable.unshrinkable(value);
  }

  /** An int in {@code [min, max]}, shrinking towards {@code min}. */
  static Gen<Integer> integer(int min, int max) {
    return random -> shrinkInt(random.nextInt(min, max + 1), min);
  }

  private static Shrinkable<Integer> shrinkInt(int value, int target) {
    return new Shrinkable<>(
        value,
        () -> {
          if (value == target) {
            return Stream.empty();
          }
          // target first, then halfway, then one step: large jumps before small ones
          int half = target + (value - target) / 2;
          int step = value > target ? value - 1 : value + 1;
          return Stream.of(target, half, step)
              .distinct()
              .filter(v -> v != value)
              .map(v -> shrinkInt(v, target));
        });
  }

  /** One of {@code values}, shrinking towards the first. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of {@code values}, shrinking towards the first. */
  static <T> Gen<T> elements(List<T> values) {
    // not List.copyOf: a generator of bad values may well include null
    List<T> copy = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    return integer(0, copy.size() - 1).map(copy::get);
  }

  /** A value of one of {@code gens}, shrinking within it and towards earlier alternatives. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> all = List.of(gens);
    return integer(0, all.size() - 1).flatMap(i -> widen(all.get(i)));
  }

  /** Like {@link #oneOf} but picks alternative {@code i} with weight {@code weights[i]}. */
  static <T> Gen<T> frequency(List<Integer> weights, List<Gen<? extends T>> gens) {
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    return integer(0, total - 1)
        .flatMap(
            ticket -> {
              int left = ticket;
              for (int i = 0; i < gens.size(); i++) {
                left -= weights.get(i);
                if (left < 0) {
                  return widen(gens.get(i));
                }
              }
              throw new IllegalStateException("unreachable");
            });
  }

  @SuppressWarnings("unchecked")
  private static <T> Gen<T> widen(Gen<? extends T> gen) {
    return (Gen<T>) gen;
  }

  /** True with probability {@code p}, shrinking to false. */
  static Gen<Boolean> chance(double p) {
    return random -> {
      boolean value = random.nextDouble() < p;
      return value
          ? new Shrinkable<>(true, () -> Stream.of(Shrinkable.unshrinkable(false)))
          : Shrinkable.unshrinkable(false);
    };
  }

  /**
   * A list of {@code min..max} elements. Shrinks by delta debugging first (drop the first half, the
   * second half, then ever smaller chunks, down to single elements), then by simplifying each
   * element in place.
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    return random -> {
      int size = random.nextInt(min, max + 1);
      List<Shrinkable<T>> elements = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        elements.add(element.generate(random));
      }
      return ListShrinking.shrinkable(elements, min);
    };
  }

  /** {@code count} distinct indices of {@code 0..bound-1}, in random order. */
  static Gen<List<Integer>> distinctIndices(int bound, int count) {
    return random -> {
      List<Integer> all = new ArrayList<>(IntStream.range(0, bound).boxed().toList());
      for (int i = all.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer tmp = all.get(i);
        all.set(i, all.get(j));
        all.set(j, tmp);
      }
      return Shrinkable.unshrinkable(List.copyOf(all.subList(0, Math.min(count, bound))));
    };
  }
}

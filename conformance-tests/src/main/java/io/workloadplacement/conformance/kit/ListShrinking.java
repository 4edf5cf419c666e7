package io.workloadplacement.conformance.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The shrink tree of a list: delta-debugging removal of chunks (halves, quarters, ... single
 * elements), then simplification of each element in place. Walked greedily by {@link Shrinker}, the
 * removal phase behaves like ddmin's "reduce to complement" and the second phase simplifies the
 * values that remain.
 */
final class ListShrinking {

  private ListShrinking() {}

  static <T> Shrinkable<List<T>> shrinkable(List<Shrinkable<T>> elements, int minSize) {
    List<T> values = elements.stream().map(Shrinkable::value).toList();
    return new Shrinkable<>(
        values,
        () -> Stream.concat(removals(elements, minSize), simplifications(elements, minSize)));
  }

  private static <T> Stream<Shrinkable<List<T>>> removals(
      List<Shrinkable<T>> elements, int minSize) {
    int n = elements.size();
    if (n <= minSize) {
      return Stream.empty();
    }
    // chunk sizes n/2, n/4, ..., 1; for each, every aligned chunk removed in turn
    return Stream.iterate(Math.max(1, n / 2), size -> size >= 1, size -> size / 2)
        .flatMap(
            size ->
                IntStream.iterate(0, from -> from < n, from -> from + size)
                    .filter(from -> n - Math.min(size, n - from) >= minSize)
                    .mapToObj(
                        from -> {
                          List<Shrinkable<T>> rest = new ArrayList<>(elements.subList(0, from));
                          rest.addAll(elements.subList(Math.min(n, from + size), n));
                          return shrinkable(rest, minSize);
                        }));
  }

  private static <T> Stream<Shrinkable<List<T>>> simplifications(
      List<Shrinkable<T>> elements, int minSize) {
    return IntStream.range(0, elements.size())
        .boxed()
        .flatMap(
            i ->
                elements
                    .get(i)
                    .shrinks()
                    .map(
                        simpler -> {
                          List<Shrinkable<T>> copy = new ArrayList<>(elements);
                          copy.set(i, simpler);
                          return shrinkable(copy, minSize);
                        }));
  }
}

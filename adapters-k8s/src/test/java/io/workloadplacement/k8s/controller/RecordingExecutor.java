package io.workloadplacement.k8s.controller;

import io.workloadplacement.k8s.steps.StepExecutor;
import io.workloadplacement.k8s.steps.StepOutcome;
import io.workloadplacement.k8s.steps.WorkerCluster;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real executor with every call written down as {@code placement/cluster/config}. */
final class RecordingExecutor<C> implements StepExecutor<C> {

  final List<String> runs = new CopyOnWriteArrayList<>();
  final List<String> removes = new CopyOnWriteArrayList<>();
  private final StepExecutor<C> delegate;
  private final Function<C, String> nameOf;

  RecordingExecutor(StepExecutor<C> delegate, Function<C, String> nameOf) {
    this.delegate = delegate;
    this.nameOf = nameOf;
  }

  @Override
  public StepOutcome run(WorkerCluster cluster, String placement, C config) {
    runs.add(placement + "/" + cluster.name() + "/" + nameOf.apply(config));
    return delegate.run(cluster, placement, config);
  }

  @Override
  public StepOutcome remove(WorkerCluster cluster, String placement, C config) {
    removes.add(placement + "/" + cluster.name() + "/" + nameOf.apply(config));
    return delegate.remove(cluster, placement, config);
  }

  /** How often {@code entry} ran. */
  int runsOf(String entry) {
    return Collections.frequency(runs, entry);
  }
}

package io.workloadplacement.k8s.steps;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.model.CommandExecution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a command step without a shell: the command is parsed as kubectl arguments ({@link
 * KubectlCommand}), and only the allowlist runs, each mapped to fabric8 calls on the target
 * cluster. Anything else fails the step with reason {@code CommandNotAllowed}. A command step
 * deploys nothing of its own to remove, so {@link #remove} does nothing.
 */
public final class CommandStepExecutor implements StepExecutor<CommandExecution> {

  /** The reason of a refused command. */
  public static final String NOT_ALLOWED = "CommandNotAllowed";

  @Override
  public StepOutcome run(WorkerCluster cluster, String placement, CommandExecution config) {
    KubectlCommand command;
    try {
      command = KubectlCommand.parse(config.cmd());
    } catch (CommandNotAllowedException e) {
      return StepOutcome.failed(NOT_ALLOWED, e.getMessage());
    }
    try {
      return execute(cluster.client(), command);
    } catch (KubernetesClientException e) {
      String reason =
          e.getStatus() != null && e.getStatus().getReason() != null
              ? e.getStatus().getReason()
              : "CommandFailed";
      return StepOutcome.failed(
          reason.isEmpty() ? "CommandFailed" : reason,
          "\"" + config.cmd() + "\" failed (HTTP " + e.getCode() + "): " + e.getMessage());
    }
  }

  @Override
  public StepOutcome remove(WorkerCluster cluster, String placement, CommandExecution config) {
    return StepOutcome.succeeded("a command leaves nothing to remove");
  }

  private static StepOutcome execute(KubernetesClient client, KubectlCommand command) {
    if (command instanceof KubectlCommand.GetNamespace get) {
      return client.namespaces().withName(get.name()).get() != null
          ? StepOutcome.succeeded("namespace/" + get.name() + " exists")
          : StepOutcome.failed("NotFound", "namespace \"" + get.name() + "\" not found");
    }
    if (command instanceof KubectlCommand.CreateNamespace create) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(create.name())
                  .endMetadata()
                  .build())
          .create();
      return StepOutcome.succeeded("namespace/" + create.name() + " created");
    }
    if (command instanceof KubectlCommand.EditMetadata edit) {
      return editMetadata(client, edit);
    }
    KubectlCommand.Delete delete = (KubectlCommand.Delete) command;
    String what =
        delete.kind().context().getKind().toLowerCase(java.util.Locale.ROOT) + "/" + delete.name();
    List<?> deleted =
        scoped(client, delete.kind(), delete.namespace()).withName(delete.name()).delete();
    if (deleted.isEmpty() && !delete.ignoreNotFound()) {
      return StepOutcome.failed("NotFound", what + " not found");
    }
    return StepOutcome.succeeded(what + (deleted.isEmpty() ? " was not there" : " deleted"));
  }

  private static StepOutcome editMetadata(
      KubernetesClient client, KubectlCommand.EditMetadata edit) {
    String what =
        edit.kind().context().getKind().toLowerCase(java.util.Locale.ROOT) + "/" + edit.name();
    NonNamespaceOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        objects = scoped(client, edit.kind(), edit.namespace());
    GenericKubernetesResource current = objects.withName(edit.name()).get();
    if (current == null) {
      return StepOutcome.failed("NotFound", what + " not found");
    }
    Map<String, String> values =
        new HashMap<>(
            edit.labels()
                ? orEmpty(current.getMetadata().getLabels())
                : orEmpty(current.getMetadata().getAnnotations()));
    for (Map.Entry<String, String> change : edit.set().entrySet()) {
      String old = values.get(change.getKey());
      if (old != null && !old.equals(change.getValue()) && !edit.overwrite()) {
        return StepOutcome.failed(
            "AlreadyExists",
            "'"
                + change.getKey()
                + "' already has a value ("
                + old
                + "), and --overwrite is false");
      }
      values.put(change.getKey(), change.getValue());
    }
    edit.remove().forEach(values::remove);
    if (edit.labels()) {
      current.getMetadata().setLabels(values);
    } else {
      current.getMetadata().setAnnotations(values);
    }
    // a PUT at the version read: a concurrent change is a conflict, never overwritten
    objects.resource(current).update();
    return StepOutcome.succeeded(what + (edit.labels() ? " labeled" : " annotated"));
  }

  private static NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      scoped(KubernetesClient client, KubectlKind kind, Optional<String> namespace) {
    var resources = client.genericKubernetesResources(kind.context());
    return namespace.isPresent() ? resources.inNamespace(namespace.get()) : resources;
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }
}

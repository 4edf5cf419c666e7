package io.workloadplacement.k8s.steps;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kinds an allowed command may name, with kubectl's spellings of each. */
enum KubectlKind {
  NAMESPACE("", "v1", "Namespace", "namespaces", false, "namespace", "namespaces", "ns"),
  CONFIG_MAP("", "v1", "ConfigMap", "configmaps", true, "configmap", "configmaps", "cm"),
  SECRET("", "v1", "Secret", "secrets", true, "secret", "secrets"),
  SERVICE("", "v1", "Service", "services", true, "service", "services", "svc"),
  SERVICE_ACCOUNT(
      "",
      "v1",
      "ServiceAccount",
      "serviceaccounts",
      true,
      "serviceaccount",
      "serviceaccounts",
      "sa"),
  DEPLOYMENT(
      "apps", "v1", "Deployment", "deployments", true, "deployment", "deployments", "deploy"),
  STATEFUL_SET(
      "apps", "v1", "StatefulSet", "statefulsets", true, "statefulset", "statefulsets", "sts"),
  DAEMON_SET("apps", "v1", "DaemonSet", "daemonsets", true, "daemonset", "daemonsets", "ds"),
  JOB("batch", "v1", "Job", "jobs", true, "job", "jobs");

  private final ResourceDefinitionContext context;
  private final Set<String> spellings;

  KubectlKind(
      String group,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      String... spellings) {
    this.context =
        new ResourceDefinitionContext.Builder()
            .withGroup(group)
            .withVersion(version)
            .withKind(kind)
            .withPlural(plural)
            .withNamespaced(namespaced)
            .build();
    this.spellings = Set.of(spellings);
  }

  /** The kind {@code word} names, ignoring case, as kubectl reads it. */
  static Optional<KubectlKind> of(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.spellings.contains(lower)).findFirst();
  }

  /** What fabric8 needs to reach objects of this kind without discovery. */
  ResourceDefinitionContext context() {
    return context;
  }

  boolean namespaced() {
    return context.isNamespaceScoped();
  }
}

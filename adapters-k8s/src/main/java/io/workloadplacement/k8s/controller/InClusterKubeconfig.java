package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.client.Config;

/**
 * A kubeconfig for the cluster the service runs in, written from the hub client's configuration,
 * for Helm, which is given a kubeconfig's contents: the server, its CA (data or file), and the
 * service account's token file when there is one, else the configuration's token.
 */
final class InClusterKubeconfig {

  /** Where Kubernetes mounts a pod's service account token. */
  static final String TOKEN_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/token";

  private InClusterKubeconfig() {}

  static String of(Config hub) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("apiVersion: v1\nkind: Config\nclusters:\n- name: in-cluster\n  cluster:\n");
    yaml.append("    server: ").append(quoted(hub.getMasterUrl())).append('\n');
    if (hub.getCaCertData() != null) {
      yaml.append("    certificate-authority-data: ")
          .append(quoted(hub.getCaCertData()))
          .append('\n');
    } else if (hub.getCaCertFile() != null) {
      yaml.append("    certificate-authority: ").append(quoted(hub.getCaCertFile())).append('\n');
    }
    if (hub.isTrustCerts()) {
      yaml.append("    insecure-skip-tls-verify: true\n");
    }
    yaml.append("contexts:\n- name: in-cluster\n  context:\n    cluster: in-cluster\n");
    yaml.append("    user: in-cluster\n");
    if (hub.getNamespace() != null) {
      yaml.append("    namespace: ").append(quoted(hub.getNamespace())).append('\n');
    }
    yaml.append("current-context: in-cluster\nusers:\n- name: in-cluster\n  user:\n");
    if (new java.io.File(TOKEN_FILE).canRead()) {
      yaml.append("    tokenFile: ").append(quoted(TOKEN_FILE)).append('\n');
    } else if (hub.getOauthToken() != null) {
      yaml.append("    token: ").append(quoted(hub.getOauthToken())).append('\n');
    } else {
      yaml.append("    {}\n");
    }
    return yaml.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

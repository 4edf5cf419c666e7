package io.workloadplacement.k8s.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The allowlist, both ways: what parses, and what is refused with a message naming it. */
class KubectlCommandTest {

  @Test
  void theAllowedCommandsParse() throws Exception {
    assertThat(KubectlCommand.parse("kubectl get namespace bookinfo"))
        .isEqualTo(new KubectlCommand.GetNamespace("bookinfo"));
    assertThat(KubectlCommand.parse("kubectl create ns bookinfo"))
        .isEqualTo(new KubectlCommand.CreateNamespace("bookinfo"));
    assertThat(
            KubectlCommand.parse(
                "kubectl label  deploy web tier=gpu 'note=two words' old- -n bookinfo --overwrite"))
        .isEqualTo(
            new KubectlCommand.EditMetadata(
                true,
                KubectlKind.DEPLOYMENT,
                "web",
                Optional.of("bookinfo"),
                Map.of("tier", "gpu", "note", "two words"),
                List.of("old"),
                true));
    assertThat(KubectlCommand.parse("kubectl annotate namespace bookinfo owner=team-a"))
        .isEqualTo(
            new KubectlCommand.EditMetadata(
                false,
                KubectlKind.NAMESPACE,
                "bookinfo",
                Optional.empty(),
                Map.of("owner", "team-a"),
                List.of(),
                false));
    assertThat(KubectlCommand.parse("kubectl delete configmap cfg --namespace=bookinfo"))
        .isEqualTo(
            new KubectlCommand.Delete(
                KubectlKind.CONFIG_MAP, "cfg", Optional.of("bookinfo"), false));
    assertThat(KubectlCommand.parse("kubectl delete svc web --ignore-not-found"))
        .isEqualTo(
            new KubectlCommand.Delete(KubectlKind.SERVICE, "web", Optional.of("default"), true));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("kubectl version", "kubectl version is not allowed"),
        Arguments.of("kubectl exec -it web -- sh", "kubectl exec is not allowed"),
        Arguments.of("kubectl apply -f https://example.com/x.yaml", "kubectl apply is not allowed"),
        Arguments.of("kubectl get pods", "kubectl get is allowed only as"),
        Arguments.of("kubectl get namespace a -o yaml", "flag -o is not allowed in kubectl get"),
        Arguments.of(
            "kubectl delete clusterrolebinding admin",
            "kind \"clusterrolebinding\" is not allowed"),
        Arguments.of("kubectl delete namespace a -n b", "Namespace is not namespaced"),
        Arguments.of(
            "kubectl delete deploy web --force --grace-period=0",
            "flag --force is not allowed in kubectl delete"),
        Arguments.of("kubectl create namespace a; rm -rf /", "shell syntax is not allowed (';'"),
        Arguments.of("kubectl get namespace $(whoami)", "shell syntax is not allowed ('$'"),
        Arguments.of("kubectl get namespace a | sh", "shell syntax is not allowed ('|'"),
        Arguments.of("kubectl label ns a b", "\"b\" is neither KEY=VALUE nor KEY-"),
        Arguments.of("helm install x y", "only kubectl commands are allowed, not \"helm\""),
        Arguments.of("sh -c 'kubectl get ns a'", "only kubectl commands are allowed, not \"sh\""),
        Arguments.of("kubectl get namespace 'a", "unterminated quote"),
        Arguments.of("kubectl", "kubectl without a verb is not allowed"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void everythingElseIsRefusedNamingWhat(String line, String message) {
    assertThatThrownBy(() -> KubectlCommand.parse(line))
        .isInstanceOf(CommandNotAllowedException.class)
        .hasMessageContaining(message);
  }
}

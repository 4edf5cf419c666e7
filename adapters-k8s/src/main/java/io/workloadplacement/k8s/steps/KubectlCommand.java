package io.workloadplacement.k8s.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An allowed kubectl command, parsed. The allowlist is exactly what {@link #parse} accepts:
 *
 * <ul>
 *   <li>{@code kubectl get namespace NAME}
 *   <li>{@code kubectl create namespace NAME}
 *   <li>{@code kubectl label|annotate KIND NAME KEY=VALUE... KEY-... [-n NS] [--overwrite]}
 *   <li>{@code kubectl delete KIND NAME [-n NS] [--ignore-not-found]}
 * </ul>
 *
 * <p>with KIND one of {@link KubectlKind}. Anything else is refused with a message naming it.
 */
sealed interface KubectlCommand {

  /** {@code kubectl get namespace NAME}: succeeds when it exists. */
  record GetNamespace(String name) implements KubectlCommand {}

  /** {@code kubectl create namespace NAME}. */
  record CreateNamespace(String name) implements KubectlCommand {}

  /** {@code kubectl label} or {@code annotate}: sets and removes keys on one object. */
  record EditMetadata(
      boolean labels,
      KubectlKind kind,
      String name,
      Optional<String> namespace,
      Map<String, String> set,
      List<String> remove,
      boolean overwrite)
      implements KubectlCommand {}

  /** {@code kubectl delete KIND NAME}. */
  record Delete(KubectlKind kind, String name, Optional<String> namespace, boolean ignoreNotFound)
      implements KubectlCommand {}

  /** The allowed command {@code line} says, or why it is not allowed. */
  static KubectlCommand parse(String line) throws CommandNotAllowedException {
    List<String> args = new ArrayList<>(KubectlArguments.split(line));
    if (args.isEmpty() || !args.get(0).equals("kubectl")) {
      throw new CommandNotAllowedException(
          "only kubectl commands are allowed, not \"" + (args.isEmpty() ? "" : args.get(0)) + "\"");
    }
    args.remove(0);
    Flags flags = Flags.take(args);
    if (args.isEmpty()) {
      throw new CommandNotAllowedException("kubectl without a verb is not allowed");
    }
    String verb = args.remove(0);
    switch (verb) {
      case "get", "create" -> {
        flags.allowOnly(verb);
        if (args.size() != 2 || KubectlKind.of(args.get(0)).orElse(null) != KubectlKind.NAMESPACE) {
          throw new CommandNotAllowedException(
              "kubectl " + verb + " is allowed only as \"kubectl " + verb + " namespace NAME\"");
        }
        return verb.equals("get")
            ? new GetNamespace(args.get(1))
            : new CreateNamespace(args.get(1));
      }
      case "label", "annotate" -> {
        flags.allowOnly(verb, "--overwrite");
        if (args.size() < 3) {
          throw new CommandNotAllowedException(
              "kubectl " + verb + " needs KIND NAME and at least one KEY=VALUE or KEY-");
        }
        KubectlKind kind = kind(args.get(0));
        Map<String, String> set = new LinkedHashMap<>();
        List<String> remove = new ArrayList<>();
        for (String change : args.subList(2, args.size())) {
          int equals = change.indexOf('=');
          if (equals > 0) {
            set.put(change.substring(0, equals), change.substring(equals + 1));
          } else if (change.endsWith("-") && change.length() > 1) {
            remove.add(change.substring(0, change.length() - 1));
          } else {
            throw new CommandNotAllowedException(
                "\"" + change + "\" is neither KEY=VALUE nor KEY- in kubectl " + verb);
          }
        }
        return new EditMetadata(
            verb.equals("label"),
            kind,
            args.get(1),
            flags.namespace(kind),
            set,
            remove,
            flags.has("--overwrite"));
      }
      case "delete" -> {
        flags.allowOnly(verb, "--ignore-not-found");
        if (args.size() != 2) {
          throw new CommandNotAllowedException(
              "kubectl delete is allowed only as \"kubectl delete KIND NAME [-n NS]\"");
        }
        KubectlKind kind = kind(args.get(0));
        return new Delete(
            kind, args.get(1), flags.namespace(kind), flags.has("--ignore-not-found"));
      }
      default -> throw new CommandNotAllowedException("kubectl " + verb + " is not allowed");
    }
  }

  private static KubectlKind kind(String word) throws CommandNotAllowedException {
    return KubectlKind.of(word)
        .orElseThrow(() -> new CommandNotAllowedException("kind \"" + word + "\" is not allowed"));
  }

  /** The flags of a command line, taken out of its arguments. */
  final class Flags {
    private final Optional<String> namespace;
    private final List<String> switches;

    private Flags(Optional<String> namespace, List<String> switches) {
      this.namespace = namespace;
      this.switches = switches;
    }

    static Flags take(List<String> args) throws CommandNotAllowedException {
      Optional<String> namespace = Optional.empty();
      List<String> switches = new ArrayList<>();
      for (int i = 0; i < args.size(); ) {
        String arg = args.get(i);
        if (arg.equals("-n") || arg.equals("--namespace")) {
          if (i + 1 >= args.size()) {
            throw new CommandNotAllowedException(arg + " needs a namespace");
          }
          namespace = Optional.of(args.get(i + 1));
          args.subList(i, i + 2).clear();
        } else if (arg.startsWith("-n=") || arg.startsWith("--namespace=")) {
          namespace = Optional.of(arg.substring(arg.indexOf('=') + 1));
          args.remove(i);
        } else if (arg.startsWith("-")) {
          switches.add(arg);
          args.remove(i);
        } else {
          i++;
        }
      }
      return new Flags(namespace, switches);
    }

    void allowOnly(String verb, String... allowed) throws CommandNotAllowedException {
      for (String flag : switches) {
        if (!List.of(allowed).contains(flag)) {
          throw new CommandNotAllowedException(
              "flag " + flag + " is not allowed in kubectl " + verb);
        }
      }
    }

    boolean has(String flag) {
      return switches.contains(flag);
    }

    Optional<String> namespace(KubectlKind kind) throws CommandNotAllowedException {
      if (!kind.namespaced() && namespace.isPresent()) {
        throw new CommandNotAllowedException(
            kind.context().getKind() + " is not namespaced: -n is not allowed with it");
      }
      return kind.namespaced() ? namespace.or(() -> Optional.of("default")) : Optional.empty();
    }
  }
}

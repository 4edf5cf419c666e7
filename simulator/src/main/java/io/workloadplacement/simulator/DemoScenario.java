package io.workloadplacement.simulator;

import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.simulator.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preloads one placement in every provisioning status in each of two workspaces, so that a UI can
 * be built against every state at once ({@code --scenario demo}). With a topology file it uses the
 * file's first two workspaces; without, {@code team-a} and {@code team-b}.
 */
public final class DemoScenario {

  private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

  /** The workspaces and clusters used without a topology file. */
  static final Map<String, List<String>> OPEN_WORKSPACES =
      Map.of("team-a", List.of("gpu-east", "gpu-west"), "team-b", List.of("gpu-east"));

  private DemoScenario() {}

  /** One placement the scenario made, and the status it reached. */
  public record Loaded(String name, String workspace, ProvisioningStatus status) {}

  /**
   * Creates the placements and sets their statuses; a status a topology's capacity cannot hold (no
   * free GPU) is skipped with a warning.
   */
  public static List<Loaded> load(Simulator simulator) {
    List<Loaded> loaded = new ArrayList<>();
    workspaces(simulator.topology())
        .forEach(
            (workspace, clusters) -> {
              for (ProvisioningStatus status : ProvisioningStatus.values()) {
                String name =
                    workspace + "-" + status.wireName().toLowerCase(Locale.ROOT) + "-inference";
                boolean retain = status.ordinal() % 2 == 1;
                simulator.placements().create(spec(workspace, name, clusters, retain));
                try {
                  if (status != ProvisioningStatus.PENDING) {
                    simulator.jumpToStatus(name, status);
                  }
                  loaded.add(new Loaded(name, workspace, status));
                } catch (IllegalStateException e) {
                  log.warn("demo placement {} stays Pending: {}", name, e.getMessage());
                  loaded.add(new Loaded(name, workspace, ProvisioningStatus.PENDING));
                }
              }
            });
    return loaded;
  }

  private static Map<String, List<String>> workspaces(Topology topology) {
    if (topology.open()) {
      return new TreeMap<>(OPEN_WORKSPACES);
    }
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    topology.workspaces().entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .limit(2)
        .forEach(
            e -> chosen.put(e.getKey(), e.getValue().subList(0, Math.min(2, e.getValue().size()))));
    return chosen;
  }

  /** A placement like the vendor's example: a command, a Helm release and a ConfigMap. */
  static PlacementDraft spec(String workspace, String name, List<String> clusters, boolean retain) {
    return new PlacementDraft(
        workspace,
        name,
        clusters,
        "15m",
        retain ? "Retain" : "Delete",
        List.of(
            new HelmConfig(
                "vaidio/cuda",
                "cuda",
                "inference",
                "vaidio",
                "https://smartscaler.nexus.aveshalabs.io/repository/vaidio/",
                null,
                Map.of("replicaCount", 2),
                null,
                "1.4.0",
                null)),
        List.of(
            new ManifestResource(
                "inference-config",
                "inference",
                "v1",
                "ConfigMap",
                Map.of("model", "llama-3-8b", "batchSize", "16"))),
        List.of(new CommandExecution("check-nodes", "kubectl get nodes -l nvidia.com/gpu")),
        List.of(
            new StepDraft("check-nodes", StepType.COMMAND),
            new StepDraft("cuda", StepType.HELM),
            new StepDraft("inference-config", StepType.MANIFEST)));
  }
}

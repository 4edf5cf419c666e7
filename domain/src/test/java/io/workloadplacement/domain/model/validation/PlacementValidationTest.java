package io.workloadplacement.domain.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.service.PlacementValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementValidationTest {

  private final PlacementValidator validator = Validators.placementValidator();

  private List<String> fieldsOf(PlacementDraft spec) {
    return validator.violationsOf(spec).stream().map(FieldViolation::field).toList();
  }

  private static PlacementDraft seedWith(UnaryOperator<Builder> change) {
    return change.apply(new Builder(SamplePlacements.seed())).build();
  }

  @Test
  void theSeedExampleIsValid() {
    assertThat(validator.violationsOf(SamplePlacements.seed())).isEmpty();
  }

  @Test
  void everyRequiredTopLevelFieldIsNamedWhenMissing() {
    PlacementDraft empty = new PlacementDraft(null, null, null, null, null, null, null, null, null);
    assertThat(fieldsOf(empty))
        .containsExactly(
            "burstDuration",
            "clusters",
            "deletionPolicy",
            "helmConfigs",
            "name",
            "steps",
            "workspaceName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "-abc", "abc-", "a_b", "a.b", ""})
  void workspaceNameMustBeADnsLabel(String workspace) {
    assertThat(fieldsOf(seedWith(b -> b.workspaceName(workspace))))
        .containsExactly("workspaceName");
  }

  @Test
  void workspaceNameOf64CharactersIsTooLong() {
    assertThat(fieldsOf(seedWith(b -> b.workspaceName("a".repeat(64)))))
        .containsExactly("workspaceName");
    assertThat(fieldsOf(seedWith(b -> b.workspaceName("a".repeat(63))))).isEmpty();
  }

  @Test
  void nameMayBeADnsSubdomainOfUpTo253Characters() {
    assertThat(fieldsOf(seedWith(b -> b.name("a.b-c.d")))).isEmpty();
    assertThat(fieldsOf(seedWith(b -> b.name("a".repeat(254))))).containsExactly("name");
    assertThat(fieldsOf(seedWith(b -> b.name("a..b")))).containsExactly("name");
  }

  @Test
  void clustersMustBeOneToAHundredDistinctLabels() {
    assertThat(fieldsOf(seedWith(b -> b.clusters(List.of())))).containsExactly("clusters");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add("c" + i);
    }
    assertThat(fieldsOf(seedWith(b -> b.clusters(many)))).containsExactly("clusters");
    assertThat(fieldsOf(seedWith(b -> b.clusters(many.subList(0, 100))))).isEmpty();
    assertThat(fieldsOf(seedWith(b -> b.clusters(List.of("w1", "Bad", "w1")))))
        .containsExactly("clusters[1]", "clusters[2]");
    assertThat(fieldsOf(seedWith(b -> b.clusters(Arrays.asList("w1", null)))))
        .containsExactly("clusters[1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0", "15", "m", "1.h", "-1m", "1 m", "1M", "0.0000000001s", "1w"})
  void burstDurationMustBeAPositiveCrdDuration(String duration) {
    assertThat(fieldsOf(seedWith(b -> b.burstDuration(duration)))).containsExactly("burstDuration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"delete", "DELETE", "Keep", ""})
  void deletionPolicyIsExactlyDeleteOrRetain(String policy) {
    List<FieldViolation> violations =
        validator.violationsOf(seedWith(b -> b.deletionPolicy(policy)));
    assertThat(violations)
        .extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(tuple("deletionPolicy", "must be Delete or Retain"));
  }

  @Test
  void helmConfigFieldsAreCheckedWithTheirIndex() {
    HelmConfig bad =
        new HelmConfig(" ", "Cuda", "book_info", "", "ftp://x/y", null, null, null, null, null);
    assertThat(
            fieldsOf(seedWith(b -> b.helmConfigs(List.of(SamplePlacements.seedHelmConfig(), bad)))))
        .containsExactly(
            "helmConfigs[1].chart",
            "helmConfigs[1].releaseName",
            "helmConfigs[1].releaseNamespace",
            "helmConfigs[1].repoName",
            "helmConfigs[1].repoURL");
  }

  @Test
  void releaseNameIsLimitedTo53CharactersLikeHelm() {
    HelmConfig longName = withReleaseName("r".repeat(54));
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.helmConfigs(List.of(longName))
                            .steps(List.of(new StepDraft("r".repeat(54), StepType.HELM))))))
        .containsExactly("helmConfigs[0].releaseName");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://repo.example/charts", "https://x.io/", "oci://registry.io/charts"})
  void repoUrlMayBeHttpHttpsOrOci(String url) {
    HelmConfig config =
        new HelmConfig("c/d", "cuda", "ns", "repo", url, null, null, null, null, null);
    assertThat(fieldsOf(seedWith(b -> b.helmConfigs(List.of(config))))).isEmpty();
  }

  @Test
  void helmFlagTimeoutMustBeADuration() {
    HelmConfig config =
        new HelmConfig(
            "c/d",
            "cuda",
            "ns",
            "repo",
            "https://x.io",
            null,
            null,
            null,
            "1.2.3",
            new HelmFlags(true, null, true, false, true, "five minutes"));
    assertThat(fieldsOf(seedWith(b -> b.helmConfigs(List.of(config)))))
        .containsExactly("helmConfigs[0].helmFlags.timeout");
  }

  @Test
  void manifestFieldsAreChecked() {
    ManifestResource bad = new ManifestResource("Sample", "Book", "", " ", null);
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.manifestResources(List.of(bad))
                            .steps(List.of(new StepDraft("Sample", StepType.MANIFEST))))))
        .containsExactly(
            "manifestResources[0].apiVersion",
            "manifestResources[0].kind",
            "manifestResources[0].name",
            "manifestResources[0].namespace");
  }

  @Test
  void commandMustBeNonBlankAndAtMost4096Characters() {
    assertThat(
            fieldsOf(
                seedWith(b -> b.cmdExec(List.of(new CommandExecution("create-namespace", "  "))))))
        .containsExactly("cmdExec[0].cmd");
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.cmdExec(
                            List.of(new CommandExecution("create-namespace", "x".repeat(4097)))))))
        .containsExactly("cmdExec[0].cmd");
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.cmdExec(
                            List.of(new CommandExecution("create-namespace", "x".repeat(4096)))))))
        .isEmpty();
  }

  @Test
  void stepTypeMustBeOneOfTheThree() {
    assertThat(fieldsOf(seedWith(b -> b.steps(List.of(new StepDraft("cuda", "Helm"))))))
        .containsExactly("steps[0].type");
  }

  @Test
  void stepsAreOneToThreeHundred() {
    assertThat(fieldsOf(seedWith(b -> b.steps(List.of())))).containsExactly("steps");
    List<CommandExecution> commands = new ArrayList<>();
    List<StepDraft> steps = new ArrayList<>();
    for (int i = 0; i < 301; i++) {
      commands.add(new CommandExecution("c" + i, "true"));
      steps.add(new StepDraft("c" + i, StepType.COMMAND));
    }
    assertThat(fieldsOf(seedWith(b -> b.cmdExec(commands).steps(steps)))).containsExactly("steps");
    assertThat(fieldsOf(seedWith(b -> b.cmdExec(commands).steps(steps.subList(0, 300))))).isEmpty();
  }

  @Test
  void everyStepMustResolveToAConfigOfItsType() {
    List<StepDraft> steps =
        List.of(
            new StepDraft("create-namespace", StepType.COMMAND),
            new StepDraft("create-namespace", StepType.HELM),
            new StepDraft("cuda", StepType.MANIFEST),
            new StepDraft("sample-configmap", StepType.MANIFEST));
    List<FieldViolation> violations = validator.violationsOf(seedWith(b -> b.steps(steps)));
    assertThat(violations)
        .extracting(FieldViolation::field)
        .containsExactly("steps[1].name", "steps[2].name");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "step \"create-namespace\" of type helm names no entry of helmConfigs (by name, else releaseName)");
  }

  @Test
  void aHelmStepResolvesByNameWhenSetAndOnlyThen() {
    HelmConfig named =
        new HelmConfig(
            "c/d", "cuda", "ns", "repo", "https://x.io", null, null, "gpu-driver", null, null);
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.helmConfigs(List.of(named))
                            .steps(List.of(new StepDraft("gpu-driver", StepType.HELM))))))
        .isEmpty();
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.helmConfigs(List.of(named))
                            .steps(List.of(new StepDraft("cuda", StepType.HELM))))))
        .containsExactly("steps[0].name");
  }

  @Test
  void keysMustBeUniqueWithinEachKind() {
    HelmConfig cuda = SamplePlacements.seedHelmConfig();
    HelmConfig namedCuda =
        new HelmConfig(
            "c/d", "other", "ns", "repo", "https://x.io", null, null, "cuda", null, null);
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.helmConfigs(List.of(cuda, namedCuda))
                            .manifestResources(
                                List.of(
                                    SamplePlacements.seedManifest(),
                                    SamplePlacements.seedManifest()))
                            .cmdExec(
                                List.of(
                                    new CommandExecution("create-namespace", "a"),
                                    new CommandExecution("create-namespace", "b"))))))
        .containsExactly("cmdExec[1].name", "helmConfigs[1].name", "manifestResources[1].name");
  }

  @Test
  void theSameKeyInDifferentKindsIsFine() {
    PlacementDraft spec =
        seedWith(
            b ->
                b.cmdExec(List.of(new CommandExecution("cuda", "true")))
                    .steps(
                        List.of(
                            new StepDraft("cuda", StepType.COMMAND),
                            new StepDraft("cuda", StepType.HELM))));
    assertThat(fieldsOf(spec)).isEmpty();
  }

  @Test
  void aStepMayAppearOnlyOnce() {
    List<StepDraft> steps =
        List.of(
            new StepDraft("cuda", StepType.HELM),
            new StepDraft("create-namespace", StepType.COMMAND),
            new StepDraft("cuda", StepType.HELM));
    assertThat(fieldsOf(seedWith(b -> b.steps(steps)))).containsExactly("steps[2].name");
  }

  @Test
  void atLeastOneConfigIsRequired() {
    PlacementDraft spec =
        seedWith(b -> b.helmConfigs(List.of()).manifestResources(null).cmdExec(List.of()));
    assertThat(validator.violationsOf(spec))
        .extracting(FieldViolation::field, FieldViolation::message)
        .contains(
            tuple(
                "helmConfigs",
                "at least one of helmConfigs, manifestResources or cmdExec must be non-empty"));
  }

  @Test
  void nullListElementsAreReportedNotThrown() {
    assertThat(
            fieldsOf(
                seedWith(
                    b ->
                        b.helmConfigs(Collections.singletonList(null))
                            .steps(List.of(new StepDraft("create-namespace", StepType.COMMAND))))))
        .containsExactly("helmConfigs[0]");
  }

  @Test
  void severalViolationsAreAllReportedInPathOrder() {
    PlacementDraft spec =
        seedWith(
            b ->
                b.workspaceName("ABC")
                    .burstDuration("0s")
                    .deletionPolicy("Keep")
                    .cmdExec(List.of(new CommandExecution("create-namespace", "")))
                    .steps(
                        List.of(
                            new StepDraft("create-namespace", StepType.COMMAND),
                            new StepDraft("missing", StepType.HELM))));
    assertThat(fieldsOf(spec))
        .containsExactly(
            "burstDuration", "cmdExec[0].cmd", "deletionPolicy", "steps[1].name", "workspaceName");
  }

  @Test
  void indicesSortNumerically() {
    List<CommandExecution> commands = new ArrayList<>();
    List<StepDraft> steps = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      commands.add(new CommandExecution("c" + i, i == 2 || i == 10 ? "" : "true"));
      steps.add(new StepDraft("c" + i, StepType.COMMAND));
    }
    assertThat(fieldsOf(seedWith(b -> b.cmdExec(commands).steps(steps))))
        .containsExactly("cmdExec[2].cmd", "cmdExec[10].cmd");
  }

  private static HelmConfig withReleaseName(String releaseName) {
    return new HelmConfig(
        "c/d", releaseName, "ns", "repo", "https://x.io", null, null, null, null, null);
  }

  /** Copy-with for specs, so each test states only what it breaks. */
  static final class Builder {
    private String workspaceName;
    private String name;
    private List<String> clusters;
    private String burstDuration;
    private String deletionPolicy;
    private List<HelmConfig> helmConfigs;
    private List<ManifestResource> manifestResources;
    private List<CommandExecution> cmdExec;
    private List<StepDraft> steps;

    Builder(PlacementDraft s) {
      workspaceName = s.workspaceName();
      name = s.name();
      clusters = s.clusters();
      burstDuration = s.burstDuration();
      deletionPolicy = s.deletionPolicy();
      helmConfigs = s.helmConfigs();
      manifestResources = s.manifestResources();
      cmdExec = s.cmdExec();
      steps = s.steps();
    }

    Builder workspaceName(String v) {
      workspaceName = v;
      return this;
    }

    Builder name(String v) {
      name = v;
      return this;
    }

    Builder clusters(List<String> v) {
      clusters = v;
      return this;
    }

    Builder burstDuration(String v) {
      burstDuration = v;
      return this;
    }

    Builder deletionPolicy(String v) {
      deletionPolicy = v;
      return this;
    }

    Builder helmConfigs(List<HelmConfig> v) {
      helmConfigs = v;
      return this;
    }

    Builder manifestResources(List<ManifestResource> v) {
      manifestResources = v;
      return this;
    }

    Builder cmdExec(List<CommandExecution> v) {
      cmdExec = v;
      return this;
    }

    Builder steps(List<StepDraft> v) {
      steps = v;
      return this;
    }

    PlacementDraft build() {
      return new PlacementDraft(
          workspaceName,
          name,
          clusters,
          burstDuration,
          deletionPolicy,
          helmConfigs,
          manifestResources,
          cmdExec,
          steps);
    }
  }
}

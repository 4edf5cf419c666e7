package io.workloadplacement.domain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.service.PlacementValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Any spec a client can send, however broken, is judged without an exception, and every violation
 * names a real field path. Runs its corpus in every build; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class PlacementValidatorFuzzTest {

  private static final Pattern FIELD_PATH =
      Pattern.compile(
          "(workspaceName|name|clusters|burstDuration|deletionPolicy|helmConfigs|manifestResources"
              + "|cmdExec|steps)(\\[\\d+])?(\\.[a-zA-Z]+(\\.[a-zA-Z]+)?)?");

  private static final PlacementValidator VALIDATOR = Validators.placementValidator();

  @FuzzTest(maxDuration = "30s")
  void everySpecIsJudgedAndEveryViolationNamesAField(FuzzedDataProvider data) {
    PlacementDraft spec =
        new PlacementDraft(
            text(data),
            text(data),
            list(data, () -> text(data)),
            text(data),
            text(data),
            list(data, () -> helm(data)),
            list(data, () -> manifest(data)),
            list(
                data,
                () -> data.consumeBoolean() ? null : new CommandExecution(text(data), text(data))),
            list(data, () -> data.consumeBoolean() ? null : new StepDraft(text(data), text(data))));

    List<FieldViolation> violations = VALIDATOR.violationsOf(spec);

    assertThat(violations).allSatisfy(v -> assertThat(v.field()).matches(FIELD_PATH).isNotNull());
    assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    if (violations.isEmpty()) {
      // what the validator accepts always maps to a typed spec, and back to the same draft
      assertThat(VALIDATOR.toSpec(spec).toDraft()).isEqualTo(spec);
    }
  }

  private static HelmConfig helm(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return null;
    }
    HelmFlags flags =
        data.consumeBoolean()
            ? null
            : new HelmFlags(data.consumeBoolean(), null, true, null, false, text(data));
    return new HelmConfig(
        text(data),
        text(data),
        text(data),
        text(data),
        text(data),
        text(data),
        data.consumeBoolean() ? null : Map.of(data.consumeString(8), data.consumeInt()),
        text(data),
        text(data),
        flags);
  }

  private static ManifestResource manifest(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return null;
    }
    return new ManifestResource(text(data), text(data), text(data), text(data), null);
  }

  /** Null, or a short string of any characters. */
  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean() ? null : data.consumeString(data.consumeInt(0, 80));
  }

  private static <T> List<T> list(FuzzedDataProvider data, Supplier<T> element) {
    if (data.consumeBoolean()) {
      return null;
    }
    int size = data.consumeInt(0, 4);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }
}

package io.workloadplacement.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ApiErrorTest {

  @Test
  void partsNotGivenAreEmptyAndTheGivenOnesLandWhereTheyAreNamed() {
    ApiError error =
        ApiError.builder(404, "Not Found")
            .errorMessage("Workload Placement not found")
            .dataMessage("WorkloadPlacement with name 'a' not found")
            .cause("resource not found")
            .build();

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.message()).isEqualTo("Not Found");
    assertThat(error.errorMessage()).isEqualTo("Workload Placement not found");
    assertThat(error.dataMessage()).isEqualTo("WorkloadPlacement with name 'a' not found");
    assertThat(error.cause()).isEqualTo("resource not found");
    assertThat(error.errorKey()).isEmpty();
    assertThat(error.reason()).isEmpty();
    assertThat(error.details()).isEmpty();
    assertThat(error.fields()).isNull();
  }

  @Test
  void anErrorWithoutItsMessagesOrWithASuccessStatusIsRefused() {
    assertThatNullPointerException()
        .isThrownBy(() -> ApiError.builder(500, "Internal Server Error").errorMessage("x").build())
        .withMessage("dataMessage");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ApiError.builder(200, "OK").errorMessage("x").dataMessage("x").cause("x").build());
  }
}

package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.simulator.DemoScenario;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.topology.Topology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser (headless Chromium) against the real server on a free port with
 * a manual clock: the test moves time, the page must follow through the watch, without a reload.
 * Screenshots of the main pages go to {@code docs/}.
 */
class ConsoleBrowserTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private static HeadlessChromium chromium;
  private final HttpClient http = HttpClient.newHttpClient();
  private SimulatorServer server;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPlacementCreatedFromTheConsoleGoesFromPendingToSuccessfulAsTheClockAdvances()
      throws IOException {
    start(AuthSettings.disabled());
    open("/#/placements/new");
    waitUntil(() -> !value("cp-name").isEmpty(), "the form is filled with an example");

    type("cp-name", "Bad_Name");
    type("cp-burstDuration", "");
    click("create-submit");
    waitUntil(() -> !text("cp-name-error").isEmpty(), "the API's errors are shown");
    assertThat(text("cp-name-error")).contains("DNS-1123");
    assertThat(text("cp-burstDuration-error")).contains("must not be null");
    assertThat(element("cp-name").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(text("create-errors")).contains("2 problems");
    chromium.screenshot("console-create-errors.png");

    type("cp-name", "console-demo");
    type("cp-burstDuration", "15m");
    click("create-submit");
    waitUntil(() -> statusOnPage().equals("Pending"), "the new placement's page shows Pending");

    open("/#/placements");
    chromium.driver.executeScript("window.notReloaded = true");
    waitUntil(() -> rowStatus("console-demo").equals("Pending"), "the row is Pending");
    server.simulator().advance(Duration.ofSeconds(5));
    waitUntil(() -> !rowStatus("console-demo").equals("Pending"), "the row moves on");
    server.simulator().advance(Duration.ofMinutes(1));
    waitUntil(() -> rowStatus("console-demo").equals("Successful"), "the row is Successful");
    assertThat(chromium.driver.executeScript("return window.notReloaded")).isEqualTo(true);

    click(By.linkText("Clusters"));
    waitUntil(() -> text("cluster-worker-1").contains("console-demo"), "the GPU holder is shown");
    assertThat(text("cluster-worker-1")).contains("GPUs in use: 1 of 8").contains("cuda");
  }

  @Test
  void aFailStepRuleAddedFromTheConsoleFailsAPlacementWithItsCondition() throws IOException {
    start(AuthSettings.disabled());
    open("/#/simulator");
    type("rule-placement", "doomed-*");
    new Select(element("rule-stepType")).selectByValue("helm");
    new Select(element("rule-type")).selectByValue("failStep");
    type("rule-reason", "ImagePullBackOff");
    type("rule-message", "image not found");
    click("rule-submit");
    waitUntil(() -> text("fault-box").contains("ImagePullBackOff"), "the rule is listed");

    create("doomed-1");
    server.simulator().advance(Duration.ofMinutes(1));
    open("/#/placements/doomed-1");
    waitUntil(() -> statusOnPage().equals("Failed"), "the placement failed");
    assertThat(text("conditions")).contains("HelmInstallFailed").contains("ImagePullBackOff");
    assertThat(text("status-message")).contains("image not found");

    open("/#/simulator");
    waitUntil(() -> faultRow().contains("ImagePullBackOff"), "the rules are listed");
    List<WebElement> cells = chromium.driver.findElements(By.cssSelector("#fault-box tbody td"));
    assertThat(cells.get(5).getText()).as("fired").isEqualTo("1");
  }

  @Test
  void aStatusJumpFromThePlacementPageShowsAtOnce() throws IOException {
    start(AuthSettings.disabled());
    create("jumper");
    open("/#/placements/jumper");
    waitUntil(() -> statusOnPage().equals("Pending"), "the page shows Pending");

    new Select(element("jump-status")).selectByValue("Successful");
    click("jump-submit");
    waitUntil(() -> statusOnPage().equals("Successful"), "the page shows Successful");
    assertThat(text("main")).contains("JUMPED").contains("Set from Pending to Successful");
    assertThat(get("/api/v1/workload-placement/jumper").body())
        .contains("\"provisioningStatus\":\"Successful\"");
  }

  @Test
  void resetFromTheConsoleEmptiesTheLiveTable() throws IOException {
    start(AuthSettings.disabled());
    create("first");
    create("second");
    open("/#/placements");
    waitUntil(() -> rows() == 2, "both placements are listed");

    click(By.linkText("Clock & faults"));
    click("reset");
    chromium.driver.switchTo().alert().accept();
    waitUntil(() -> text("notice").contains("reset"), "the reset is confirmed");
    click(By.linkText("Placements"));
    waitUntil(() -> rows() == 0, "the table is empty");
    assertThat(get("/api/v1/workload-placement").body()).contains("\"data\":[]");
  }

  @Test
  void aPendingPlacementIsDeletedFromTheTable() throws IOException {
    start(AuthSettings.disabled());
    create("short-lived");
    open("/#/placements");
    waitUntil(() -> rows() == 1, "the placement is listed");

    click(By.cssSelector("button[aria-label='Delete short-lived']"));
    chromium.driver.switchTo().alert().accept();
    waitUntil(() -> rows() == 0, "the row is gone");
    assertThat(get("/api/v1/workload-placement/short-lived").statusCode()).isEqualTo(404);
  }

  @Test
  void withAuthenticationOnTheConsoleCreatesOnlyAfterSigningInWithAKey() throws IOException {
    start(AuthSettings.ofSpecs(List.of("console-key:Owner")));
    open("/#/placements/new");
    waitUntil(() -> !value("cp-name").isEmpty(), "the form is filled with an example");
    type("cp-name", "signed-in");
    click("create-submit");
    waitUntil(() -> text("notice").contains("Authentication required"), "a 401 is shown");

    type("api-key", "console-key");
    click("sign-in");
    waitUntil(() -> text("auth-state").equals("Signed in"), "signed in");
    open("/#/placements/new");
    waitUntil(() -> !value("cp-name").isEmpty(), "the form is filled again");
    type("cp-name", "signed-in");
    click("create-submit");
    waitUntil(() -> statusOnPage().equals("Pending"), "the placement is created");
    click(By.linkText("Placements"));
    waitUntil(() -> rowStatus("signed-in").equals("Pending"), "it is listed");
  }

  @Test
  void screenshotsOfTheMainPages() throws IOException {
    start(AuthSettings.disabled());
    DemoScenario.load(server.simulator());
    open("/#/placements");
    waitUntil(() -> rows() == 12, "the demo's placements are listed");
    chromium.screenshot("console-placements.png");
    assertAccessible();

    click(By.linkText("team-a-failed-inference"));
    waitUntil(() -> statusOnPage().equals("Failed"), "the failed placement's page");
    chromium.screenshot("console-placement.png");
    assertAccessible();

    click(By.linkText("Clusters"));
    waitUntil(() -> text("main").contains("GPUs in use"), "the clusters are shown");
    chromium.screenshot("console-clusters.png");
    assertAccessible();

    post(
        "/sim/v1/faults",
        """
        {"match": {"placement": "bookinfo-*", "stepType": "helm"},
         "effect": {"type": "failStep", "reason": "ImagePullBackOff", "message": "image not found"}}""");
    click(By.linkText("Clock & faults"));
    waitUntil(() -> faultRow().contains("ImagePullBackOff"), "the rule is listed");
    chromium.screenshot("console-simulator.png");
    assertAccessible();

    open("/#/placements/new");
    waitUntil(() -> !value("cp-name").isEmpty(), "the form is filled with an example");
    assertAccessible();
  }

  // every control has a label a screen reader reads, the keyboard follows the page's order, and
  // each page says what it is in one heading
  private static void assertAccessible() {
    Object unlabelled =
        chromium.driver.executeScript(
            "return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(e => !e.hidden && !(e.labels && e.labels.length)"
                + " && !e.getAttribute('aria-label') && !e.textContent.trim())"
                + ".map(e => e.outerHTML)");
    assertThat((List<?>) unlabelled).as("controls without a label").isEmpty();
    assertThat(chromium.driver.findElements(By.cssSelector("[tabindex]:not([tabindex='-1'])")))
        .as("elements that reorder the focus")
        .isEmpty();
    assertThat(chromium.driver.findElements(By.cssSelector("main h1"))).hasSize(1);
  }

  private void start(AuthSettings auth) {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withTopology(Topology.openWorld())
            .withClock(ClockMode.MANUAL, 1)
            .withStart(T0)
            .withSeed(7);
    server =
        SimulatorServer.start(
            config,
            ServerSettings.defaults()
                .withAddress("127.0.0.1", 0)
                .withStopTimeout(Duration.ZERO)
                .withAuth(auth));
  }

  private void open(String path) {
    chromium.driver.get(server.baseUrl() + path);
  }

  private void create(String name) throws IOException {
    HttpResponse<String> created =
        post(
            "/api/v1/workload-placement",
            """
            {"workspaceName": "abc", "name": "%s", "clusters": ["worker-1"],
             "burstDuration": "15m", "deletionPolicy": "Delete",
             "helmConfigs": [{"chart": "vaidio/cuda", "releaseName": "cuda",
               "releaseNamespace": "bookinfo", "repoName": "vaidio",
               "repoURL": "https://charts.example.com/vaidio/"}],
             "steps": [{"name": "cuda", "type": "helm"}]}"""
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  private HttpResponse<String> post(String path, String json) throws IOException {
    return send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static WebElement element(String id) {
    return chromium.driver.findElement(By.id(id));
  }

  private static String text(String id) {
    List<WebElement> found = chromium.driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static String value(String id) {
    List<WebElement> found = chromium.driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getDomProperty("value");
  }

  private static void type(String id, String text) {
    WebElement control = element(id);
    control.clear();
    control.sendKeys(text);
  }

  private static void click(String id) {
    click(By.id(id));
  }

  private static void click(By by) {
    new WebDriverWait(chromium.driver, PATIENCE)
        .until(ExpectedConditions.elementToBeClickable(by))
        .click();
  }

  private static String statusOnPage() {
    return text("placement-status");
  }

  private static String rowStatus(String name) {
    List<WebElement> row =
        chromium.driver.findElements(By.cssSelector("tr[data-name='" + name + "']"));
    return row.isEmpty() ? "" : row.get(0).getDomAttribute("data-status");
  }

  private static int rows() {
    return chromium.driver.findElements(By.cssSelector("#placement-table tbody tr")).size();
  }

  private static String faultRow() {
    return text("fault-box");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(chromium.driver, PATIENCE)
        .withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> condition.getAsBoolean());
  }
}

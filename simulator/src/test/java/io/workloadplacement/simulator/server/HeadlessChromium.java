package io.workloadplacement.simulator.server;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, in a window of 1280x800 and a fresh
 * profile. Without Chromium a test is skipped with a message, except under CI, where it fails:
 * {@code .ci/run} installs it, so its absence there is a broken machine, not a choice.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium() throws IOException {
    profile = Files.createTempDirectory("console-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  /** Starts Chromium, or skips the calling test when it is absent outside CI. */
  static HeadlessChromium startOrSkip() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String ci = System.getenv("CI");
      String missing =
          "the console's browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)";
      if (ci != null && !ci.isBlank()) {
        throw new AssertionError("CI is set but " + missing);
      }
      Assumptions.abort("Skipped: " + missing + "; under CI they run");
    }
    return new HeadlessChromium();
  }

  /**
   * Saves what the window shows as {@code docs/<name>} at the repository's root, unless the file
   * there shows nearly the same pixels: a blinking caret must not make every build change a
   * committed file.
   */
  void screenshot(String name) throws IOException {
    Path docs = repositoryRoot().resolve("docs");
    Files.createDirectories(docs);
    Path file = docs.resolve(name);
    byte[] shot = driver.getScreenshotAs(OutputType.BYTES);
    if (!Files.exists(file) || !nearlySame(Files.readAllBytes(file), shot)) {
      Files.write(file, shot);
    }
  }

  // at most one pixel in a thousand differs
  private static boolean nearlySame(byte[] png, byte[] otherPng) throws IOException {
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(png));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(otherPng));
    if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differing++;
        }
      }
    }
    return differing * 1000 <= (long) a.getWidth() * a.getHeight();
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package org.icpengine.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.icpengine.testkit.Prerequisites;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, saving a
 * screenshot of each page it is asked to under {@code target/screenshots/}. Tests using it are
 * skipped, saying why, when the browser is not installed, and fail under {@code CI=true} ({@code
 * .ci/run} installs it).
 */
final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final String base;
  private final Path shots;

  Browser(int port, String name) {
    Prerequisites.require(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests need Debian's chromium and chromium-driver at /usr/bin: apt-get install -y"
            + " chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1366,900",
          "--user-data-dir=" + Files.createTempDirectory("chromium-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
    this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    this.base = "http://127.0.0.1:" + port;
    this.shots = Path.of("target", "screenshots", name);
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Clicks what navigates (a link, a form's button) and waits for the next page. */
  void go(String css) {
    go(find(css));
  }

  /** Clicks the element and waits for the next page. */
  void go(WebElement element) {
    WebElement page = driver.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(page));
  }

  /**
   * Returns whether the page's element is gone. Chromium sometimes answers a look at an element of
   * the page being replaced with "does not belong to the document" instead of a stale element.
   */
  private static boolean gone(WebElement page) {
    try {
      page.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  void waitForText(String css, String text, Duration limit) {
    new WebDriverWait(driver, limit)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  void signIn(String email, String password) {
    open("/login");
    find("#email").sendKeys(email);
    find("#password").sendKeys(password);
    go("button[type=submit]");
    find("header.top");
  }

  void shot(String name) {
    try {
      Files.createDirectories(shots);
      Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scrolls the element to the middle of the window, so the next screenshot shows it. */
  void show(String css) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(css));
  }

  String cookie(String name) {
    return driver.manage().getCookieNamed(name).getValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}

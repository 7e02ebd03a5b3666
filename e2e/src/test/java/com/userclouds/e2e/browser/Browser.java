package com.userclouds.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the Debian chromedriver, both named explicitly so that Selenium Manager never
 * looks for (or downloads) a browser or a driver. Each instance has a fresh profile: no cookies carry over between
 * tests.
 */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	static Browser start(Path chromium, Path chromedriver, Path profileDirectory, Path driverLog) {
		try {
			Files.createDirectories(profileDirectory);
			Files.createDirectories(driverLog.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.withLogFile(driverLog.toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profileDirectory,
				// nothing outside loopback is reachable here: the providers' pages @import web fonts, fail those at once
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
		return new Browser(new ChromeDriver(service, options));
	}

	public void open(String url) {
		this.driver.get(url);
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/** Waits until an element matching {@code locator} is visible and returns it. */
	public WebElement await(By locator) {
		return this.wait.withMessage(() -> "no visible " + locator + " on " + currentUrl())
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public <T> T await(String what, ExpectedCondition<T> condition) {
		return this.wait.withMessage(() -> what + " (at " + currentUrl() + ")").until(condition);
	}

	public void type(By locator, String text) {
		WebElement input = await(locator);
		input.clear();
		input.sendKeys(text);
	}

	public void click(By locator) {
		this.wait.withMessage(() -> "nothing clickable at " + locator + " on " + currentUrl())
			.until(ExpectedConditions.elementToBeClickable(locator))
			.click();
	}

	public String text(By locator) {
		return await(locator).getText();
	}

	/** Saves a screenshot and the page source as {@code <name>.png} and {@code <name>.html} in {@code directory}. */
	void saveArtifacts(Path directory, String name) throws IOException {
		Files.createDirectories(directory);
		File screenshot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(screenshot.toPath(), directory.resolve(name + ".png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.writeString(directory.resolve(name + ".html"),
				"<!-- " + currentUrl().replace("--", "%2D%2D") + " -->\n" + this.driver.getPageSource());
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}

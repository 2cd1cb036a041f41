package org.newstally.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol (CDP) with java.net.http's WebSocket: no Selenium or
 * Playwright (each would bring a driver binary or a browser download of its own), just the browser the machine has.
 * One browser per test class; each {@link Tab} is a fresh page whose console errors and uncaught exceptions are
 * collected from the moment it opens.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern WS_URL = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, Tab> tabs = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, String wsUrl) {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(wsUrl), new Listener()).join();
  }

  /**
   * The browser binary: {@code -Dnewstally.chromium=PATH}, else chromium (Debian), chromium-browser or
   * google-chrome on the PATH. Fails, never skips, when there is none: the report's browser test is part of
   * {@code mvn verify}, and .ci/run installs the package.
   */
  static Path binary() {
    String configured = System.getProperty("newstally.chromium");
    if (configured != null && !configured.isBlank()) {
      Path p = Paths.get(configured);
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException("-Dnewstally.chromium=" + configured + " is not an executable file");
      }
      return p;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
        Path p = Paths.get(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    throw new IllegalStateException("headless Chromium is needed to test the report in a browser and none is on the "
        + "PATH: install it (as root: apt-get update && apt-get install -y chromium; .ci/run does this), or point "
        + "-Dnewstally.chromium=PATH at a Chromium or Chrome binary");
  }

  /** Starts the browser with a new profile under {@code work}; its stderr goes to {@code log}. */
  static HeadlessChromium launch(Path work, Path log) throws IOException, InterruptedException {
    Path binary = binary();
    Path profile = Files.createTempDirectory(work, "chromium-profile-");
    List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "about:blank");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> wsUrl = new CompletableFuture<>();
    Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    Thread drain = new Thread(() -> {
      // keep reading after the URL: a full stderr pipe would block the browser
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
          StandardCharsets.UTF_8)); logWriter) {
        for (String line; (line = err.readLine()) != null; ) {
          logWriter.write(line);
          logWriter.write('\n');
          logWriter.flush();
          Matcher m = WS_URL.matcher(line);
          if (m.find()) {
            wsUrl.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        wsUrl.completeExceptionally(e);
      }
      wsUrl.completeExceptionally(new IllegalStateException("chromium exited before printing its DevTools URL "
          + "(exit " + (process.isAlive() ? "?" : process.exitValue()) + "); see " + log));
    }, "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      return new HeadlessChromium(process, profile, wsUrl.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (Exception e) {
      stop(process);
      throw new IllegalStateException(binary + " did not start a DevTools endpoint within " + TIMEOUT + "; see " + log,
          e);
    }
  }

  /** A new page of {@code width} x {@code height} CSS pixels, with the runtime, log and page domains enabled. */
  Tab open(int width, int height) {
    String targetId = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
        .get("sessionId").asText();
    Tab tab = new Tab(targetId, session);
    tabs.put(session, tab);
    for (String domain : new String[] {"Runtime", "Log", "Page", "Inspector"}) {
      tab.call(domain + ".enable", Map.of());
    }
    tab.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", false));
    return tab;
  }

  private JsonNode call(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    synchronized (socket) {
      socket.sendText(message.toString(), true).join();
    }
    JsonNode answer;
    try {
      answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("no answer to " + method + " within " + TIMEOUT, e);
    } finally {
      pending.remove(id);
    }
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  @Override
  public void close() throws IOException {
    try {
      call(null, "Browser.close", Map.of());
    } catch (RuntimeException e) {
      // the browser may close the socket before it answers; stop() below makes sure it is gone
    }
    socket.abort();
    stop(process);
    try (var paths = Files.walk(profile)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a renderer still writing its cache: the profile is under target/ and goes with mvn clean
    }
  }

  private static void stop(Process process) {
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** One page: navigate, evaluate, screenshot; {@link #problems()} holds its console errors and exceptions. */
  final class Tab implements AutoCloseable {
    private final String targetId;
    private final String session;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private Tab(String targetId, String session) {
      this.targetId = targetId;
      this.session = session;
    }

    JsonNode call(String method, Map<String, ?> params) {
      return HeadlessChromium.this.call(session, method, params);
    }

    /** Opens the file and waits for its load event (every inline script has run by then). */
    void load(Path file) {
      events.clear();
      JsonNode nav = call("Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
      if (nav.hasNonNull("errorText")) {
        throw new IllegalStateException("cannot open " + file + ": " + nav.get("errorText").asText());
      }
      try {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (String e; !"Page.loadEventFired".equals(e = events.poll(deadline - System.nanoTime(),
            TimeUnit.NANOSECONDS)); ) {
          if (e == null || e.equals("Inspector.targetCrashed")) {
            throw new IllegalStateException(file + (e == null ? " did not finish loading within " + TIMEOUT
                : " crashed the page while loading") + "; so far: " + problems);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** The value of a JavaScript expression (a promise is awaited); a thrown error fails the call. */
    JsonNode evaluate(String expression) {
      JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
          "awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("the page threw evaluating " + expression + ": " + describe(
            r.get("exceptionDetails")));
      }
      JsonNode value = r.get("result").get("value");
      return value == null ? JSON.nullNode() : value;
    }

    /** A PNG of the region (CSS pixels of the whole document, beyond the viewport too). */
    byte[] screenshot(double x, double y, double width, double height) {
      JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
      return Base64.getDecoder().decode(shot.get("data").asText());
    }

    /** A PNG of the whole document. */
    byte[] fullPage() {
      JsonNode size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
      return screenshot(0, 0, size.get("width").asDouble(), size.get("height").asDouble());
    }

    /** Console errors, failed assertions, uncaught exceptions and error log entries, in the order they came. */
    List<String> problems() {
      return new ArrayList<>(problems);
    }

    private void event(String method, JsonNode params) {
      events.add(method);
      switch (method) {
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            List<String> args = new ArrayList<>();
            params.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText()
                : a.path("description").asText()));
            problems.add("console." + type + ": " + String.join(" ", args));
          }
        }
        case "Runtime.exceptionThrown" -> problems.add("uncaught: " + describe(params.get("exceptionDetails")));
        case "Log.entryAdded" -> {
          JsonNode entry = params.path("entry");
          if (entry.path("level").asText().equals("error")) {
            problems.add("log (" + entry.path("source").asText() + "): " + entry.path("text").asText() + " "
                + entry.path("url").asText());
          }
        }
        case "Inspector.targetCrashed" -> problems.add("the page crashed (renderer out of memory, or killed)");
        default -> { }
      }
    }

    @Override
    public void close() {
      tabs.remove(session);
      HeadlessChromium.this.call(null, "Target.closeTarget", Map.of("targetId", targetId));
    }
  }

  private static String describe(JsonNode details) {
    JsonNode ex = details.path("exception");
    String what = ex.has("description") ? ex.get("description").asText() : details.path("text").asText();
    return what + " at " + details.path("url").asText() + ":" + details.path("lineNumber").asInt() + ":"
        + details.path("columnNumber").asInt();
  }

  /** Reassembles fragmented frames; replies complete their call, events go to their tab. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          JsonNode node = JSON.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          } else if (node.has("sessionId")) {
            Tab tab = tabs.get(node.get("sessionId").asText());
            if (tab != null) {
              tab.event(node.path("method").asText(), node.path("params"));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}

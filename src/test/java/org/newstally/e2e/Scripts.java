package org.newstally.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the scripts of jobs/ as a user would, as subprocesses of the test JVM, with their output in files (a full
 * pipe cannot stall them) and a timeout; whatever happens, the process is killed by its pid at the end.
 */
final class Scripts {
  /** The project folder: Maven runs tests there. */
  static final Path ROOT = Paths.get("").toAbsolutePath();
  static final Path JAR = ROOT.resolve("target/newstally.jar");
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

  /** What a finished script did. */
  record Result(int exit, String out, String err) {
    /** For assertion messages: the exit code and the tail of stderr. */
    String describe() {
      return "exit " + exit + ", stderr:\n" + err.substring(Math.max(0, err.length() - 4000));
    }
  }

  private Scripts() {}

  /**
   * The scripts rebuild the jar when a source is newer; a test must not start Maven inside Maven, so without a
   * current jar (mvn package, which failsafe's integration-test phase follows) the test is skipped.
   */
  static void assumeCurrentJar() {
    Assumptions.assumeTrue(Files.isRegularFile(JAR) && Files.isRegularFile(ROOT.resolve("target/spark-classpath.txt")),
        "target/newstally.jar is not built: run mvn package (mvn verify runs these tests after it)");
    Optional<Path> newer = newerThanJar();
    Assumptions.assumeTrue(newer.isEmpty(),
        () -> "target/newstally.jar is older than " + newer.orElseThrow() + ": run mvn package first");
  }

  private static Optional<Path> newerThanJar() {
    try {
      FileTime built = Files.getLastModifiedTime(JAR);
      for (Path root : List.of(ROOT.resolve("src/main"), ROOT.resolve("pom.xml"), ROOT.resolve("data/lexicons"))) {
        try (Stream<Path> files = Files.walk(root)) {
          Optional<Path> newer = files.filter(Files::isRegularFile)
              .filter(p -> lastModified(p).compareTo(built) > 0).findFirst();
          if (newer.isPresent()) {
            return newer;
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code jobs/<script> args...} with its stdout and stderr going to files in {@code logs}. */
  static Process start(Path logs, String name, String script, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("jobs").resolve(script).toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectOutput(logFile(logs, name, "out"))
        .redirectError(logFile(logs, name, "err"));
    // two cores are shared by every test JVM and developer: a modest heap and loopback Spark
    pb.environment().put("NEWSTALLY_HEAP", "2g");
    pb.environment().put("NEWSTALLY_DRIVER_HEAP", "2g");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** Runs a script to its end (or fails the test at the timeout) and returns what it printed. */
  static Result run(Path logs, String name, String script, String... args) {
    Process process = start(logs, name, script, args);
    try {
      boolean finished = process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(finished).as("%s %s finished within %s; stderr:%n%s", script, String.join(" ", args), RUN_TIMEOUT,
          read(logFile(logs, name, "err"))).isTrue();
      return new Result(process.exitValue(), read(logFile(logs, name, "out")), read(logFile(logs, name, "err")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      kill(process);
    }
  }

  /** SIGKILL to the process and whatever it started, by pid. */
  static void kill(Process process) {
    ProcessHandle.of(process.pid()).ifPresent(handle -> {
      handle.descendants().forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
    });
  }

  static File logFile(Path logs, String name, String stream) {
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return logs.resolve(name + "." + stream + ".txt").toFile();
  }

  static String read(File file) {
    try {
      return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

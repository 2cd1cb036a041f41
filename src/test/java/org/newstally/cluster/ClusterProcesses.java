package org.newstally.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The processes a cluster test starts: the scripts of jobs/ run with their output in files, and every process
 * stopped by its pid, with its descendants, when the test is done with it.
 */
final class ClusterProcesses implements AutoCloseable {
  private final Path projectDir;
  private final Path logDir;
  private final Map<String, String> environment;
  private final List<Process> started = new ArrayList<>();

  ClusterProcesses(Path projectDir, Path logDir, Map<String, String> environment) {
    this.projectDir = projectDir;
    this.logDir = logDir;
    this.environment = Map.copyOf(environment);
  }

  /** Starts {@code jobs/<script> args...}; stdout and stderr go to {@code <logName>.log}. */
  Process start(String logName, List<String> command) {
    List<String> full = new ArrayList<>(command);
    full.set(0, projectDir.resolve("jobs").resolve(command.get(0)).toString());
    ProcessBuilder builder = new ProcessBuilder(full).directory(projectDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log(logName).toFile());
    builder.environment().putAll(environment);
    try {
      Process p = builder.start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + full, e);
    }
  }

  /** Runs a script to the end; fails with the tail of its output when it exits non-zero or takes too long. */
  String run(String logName, Duration timeout, List<String> command) {
    Process p = start(logName, command);
    awaitSuccess(p, logName, timeout);
    return output(logName);
  }

  void awaitSuccess(Process p, String logName, Duration timeout) {
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        stop(p);
        throw new AssertionError(logName + " did not finish within " + timeout + "; its output ends with:\n"
            + tail(logName));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + logName, e);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(logName + " exited with " + p.exitValue() + "; its output ends with:\n" + tail(logName));
    }
  }

  Path log(String logName) {
    return logDir.resolve(logName + ".log");
  }

  String output(String logName) {
    try {
      return Files.exists(log(logName)) ? Files.readString(log(logName), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String tail(String logName) {
    String[] lines = output(logName).split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
  }

  /** Stops a process and its descendants by pid: TERM, then KILL after 10 s. */
  static void stop(ProcessHandle process) {
    List<ProcessHandle> all = new ArrayList<>();
    process.descendants().forEach(all::add);
    all.add(process);
    for (ProcessHandle p : all) {
      p.destroy();
    }
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  static void stop(Process process) {
    stop(process.toHandle());
  }

  /** The live process of a pid file written by jobs/cluster, if any. */
  static Optional<ProcessHandle> fromPidFile(Path pidFile) {
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    for (Process p : started) {
      if (p.isAlive()) {
        stop(p);
      }
    }
  }
}

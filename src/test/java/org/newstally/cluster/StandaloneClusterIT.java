package org.newstally.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newstally.SparkTestSession;
import org.newstally.synth.CorpusGenerator;
import org.newstally.synth.GeneratorConfig;

/**
 * The extract job on a real standalone cluster (jobs/cluster: a Master and two Workers on loopback, executors in
 * their own JVMs) through the real spark-submit (jobs/newstally-submit with the shaded jar), against a local[2] run
 * of the same jar on the same input: the bundled sample (every input format) plus a generated corpus.
 *
 * <p>Needs the packaged jar (target/newstally.jar, target/spark-classpath.txt), which {@code mvn verify} builds
 * before failsafe runs this. {@code -DexcludedGroups=cluster} leaves these tests out.
 */
@Tag("cluster")
class StandaloneClusterIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
  /** Enough work that the NLP stage runs for several seconds on two one-core executors: room to kill one. */
  private static final int GENERATED_ARTICLES = 3000;
  /** The extract job's description of its read-and-extract Spark job (ExtractJob). */
  private static final String NLP_JOB = "read and extract";
  /** Partitions of the NLP pass in the kill test: a task count no read stage has. */
  private static final int NLP_PARTITIONS = 6;

  private static Path project;
  private static Path work;
  private static Path corpus;
  private static Path localOutput;
  private static Path clusterDir;
  private static String masterUrl;
  private static ClusterProcesses processes;

  @BeforeAll
  static void startClusterAndRunLocally() throws IOException {
    project = Paths.get("").toAbsolutePath();
    for (String built : List.of("target/newstally.jar", "target/spark-classpath.txt")) {
      assertThat(project.resolve(built)).as("%s is built by mvn package (mvn verify runs it before this test)", built)
          .exists();
    }
    work = project.resolve("target/cluster-it");
    deleteRecursively(work);
    Files.createDirectories(work);
    corpus = generateCorpus(work.resolve("corpus"));
    clusterDir = work.resolve("cluster");
    int masterPort = freePort();
    processes = new ClusterProcesses(project, work, Map.of(
        "CLUSTER_DIR", clusterDir.toString(),
        "CLUSTER_PORT", Integer.toString(masterPort),
        "CLUSTER_WEBUI_PORT", Integer.toString(freePort())));

    String started = processes.run("cluster-start", Duration.ofMinutes(3),
        List.of("cluster", "start", "--workers", "2"));
    masterUrl = started.strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(masterUrl).isEqualTo("spark://127.0.0.1:" + masterPort);

    localOutput = work.resolve("out-local");
    processes.run("extract-local", RUN_TIMEOUT, submit("local[2]", localOutput, List.of()));
  }

  @AfterAll
  static void stopEverything() {
    if (processes == null) {
      return;
    }
    List<ProcessHandle> daemons = clusterDaemons();
    List<ProcessHandle> executors = new ArrayList<>();
    daemons.forEach(d -> d.descendants().forEach(executors::add));
    try {
      processes.close();
      processes.run("cluster-stop", Duration.ofMinutes(2), List.of("cluster", "stop"));
    } finally {
      // whatever the script could not stop: every daemon it recorded and every executor they had
      for (ProcessHandle p : executors) {
        ClusterProcesses.stop(p);
      }
      for (ProcessHandle p : daemons) {
        ClusterProcesses.stop(p);
      }
    }
  }

  @Test
  void clusterRunGivesTheSameTablesAsALocalRun() throws IOException {
    Path output = work.resolve("out-cluster");
    String log = processes.run("extract-cluster", RUN_TIMEOUT, submit(masterUrl, output, List.of()));

    assertThat(log).contains("newstally extract overwrite finished");
    assertThat(executorLogs()).as("executors launched by both workers, each in its own JVM")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(OutputTables.differences(SparkTestSession.get(), localOutput, output)).isEmpty();
  }

  @Test
  void jobSurvivesAKilledExecutorWithTheSameTables() throws Exception {
    Path output = work.resolve("out-executor-killed");
    String logName = "extract-executor-killed";
    int uiPort = freePort();
    // The NLP pass is told apart from the read stages by its task count and its job's description.
    List<String> command = submit(masterUrl, output,
        List.of("spark.ui.enabled=true", "spark.ui.port=" + uiPort, "spark.port.maxRetries=0"));
    command.addAll(List.of("--partitions", Integer.toString(NLP_PARTITIONS)));
    Process driver = processes.start(logName, command);
    try {
      SparkRestApi ui = new SparkRestApi(uiPort);
      awaitNlpStageOnEveryExecutor(driver, logName, ui);
      ProcessHandle victim = anExecutor().orElseThrow(() -> new AssertionError("no executor process to kill"));
      // each executor has one core and runs one NLP task now: the killed one's task is lost and must run again
      assertThat(victim.destroyForcibly()).as("SIGKILL sent to executor pid %d", victim.pid()).isTrue();
      victim.onExit().get(30, TimeUnit.SECONDS);

      processes.awaitSuccess(driver, logName, RUN_TIMEOUT);
    } finally {
      if (driver.isAlive()) {
        ClusterProcesses.stop(driver);
      }
    }
    assertThat(processes.output(logName)).as("the driver saw the executor go").contains("Lost executor");
    assertThat(OutputTables.differences(SparkTestSession.get(), localOutput, output)).isEmpty();
  }

  /** Waits until the driver's NLP stage runs a task on each of the two executors. */
  private static void awaitNlpStageOnEveryExecutor(Process driver, String logName, SparkRestApi ui)
      throws InterruptedException {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (!ui.activeStages().stream().anyMatch(st -> NLP_JOB.equals(st.path("description").asText())
        && st.path("numTasks").asInt() == NLP_PARTITIONS && st.path("numActiveTasks").asInt() >= 2)) {
      assertThat(driver.isAlive()).as("the driver exited before its NLP stage ran:\n%s", processes.tail(logName))
          .isTrue();
      assertThat(System.nanoTime()).as("the NLP stage did not start in time").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void kryoWithEveryClassRegisteredGivesTheSameTables() throws IOException {
    Path output = work.resolve("out-kryo");
    Path registrator = registratorJar(work.resolve("kryo-registrator.jar"));
    processes.run("extract-kryo", RUN_TIMEOUT, submit(masterUrl, output, List.of(
        "spark.serializer=org.apache.spark.serializer.KryoSerializer",
        "spark.kryo.registrationRequired=true",
        "spark.kryo.registrator=" + JavaSerializedNlp.class.getName(),
        "spark.kryo.classesToRegister=" + String.join(",", KryoClasses.NAMES)),
        List.of("--jars", registrator.toString())));

    assertThat(OutputTables.differences(SparkTestSession.get(), localOutput, output)).isEmpty();
  }

  private static List<String> submit(String master, Path output, List<String> confs) {
    return submit(master, output, confs, List.of());
  }

  private static List<String> submit(String master, Path output, List<String> confs, List<String> options) {
    List<String> command = new ArrayList<>(List.of("newstally-submit", "--master", master,
        "--conf", "spark.driver.host=127.0.0.1"));
    command.addAll(options);
    for (String conf : confs) {
      command.add("--conf");
      command.add(conf);
    }
    command.addAll(List.of("extract", "--input", project.resolve("data/sample").toString(),
        "--input", corpus.toString(), "--output", output.toString()));
    return command;
  }

  /** An executor JVM of this cluster: a child of one of its workers. */
  private static Optional<ProcessHandle> anExecutor() {
    for (ProcessHandle daemon : clusterDaemons()) {
      Optional<ProcessHandle> executor = daemon.children()
          .filter(c -> c.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).findFirst();
      if (executor.isPresent()) {
        return executor;
      }
    }
    return Optional.empty();
  }

  /** The live Master and Worker processes recorded by jobs/cluster. */
  private static List<ProcessHandle> clusterDaemons() {
    List<ProcessHandle> out = new ArrayList<>();
    Path pids = clusterDir.resolve("pids");
    if (!Files.isDirectory(pids)) {
      return out;
    }
    try (Stream<Path> files = Files.list(pids)) {
      files.forEach(f -> ClusterProcesses.fromPidFile(f).ifPresent(out::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** stderr files of executors the workers launched (worker work dir / app / executor id / stderr). */
  private static List<Path> executorLogs() throws IOException {
    try (Stream<Path> files = Files.walk(clusterDir.resolve("work"))) {
      return files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
    }
  }

  /** The registrator, which lives in the test classes, as a jar that spark-submit ships to driver and executors. */
  private static Path registratorJar(Path jar) throws IOException {
    String entry = JavaSerializedNlp.class.getName().replace('.', '/') + ".class";
    try (InputStream in = JavaSerializedNlp.class.getClassLoader().getResourceAsStream(entry);
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      assertThat(in).as("compiled %s on the test classpath", entry).isNotNull();
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  private static Path generateCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path articles = dir.resolve("articles.jsonl");
    CorpusGenerator generator = new CorpusGenerator(GeneratorConfig.synthetic(GENERATED_ARTICLES, 11));
    try (Writer out = Files.newBufferedWriter(articles, StandardCharsets.UTF_8);
        Writer gold = Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      generator.write(out, gold);
    }
    return articles;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package org.newstally.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newstally.SparkTestSession;
import org.newstally.ingest.ReadOptions;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;

/**
 * The bundled sample corpus plus a small file of wire reports and bad records, extracted once per test JVM: the
 * ITs that only read tables share this output (an extract run costs tens of seconds on two cores).
 *
 * <p>The extra file adds what the sample lacks so that every example query has rows: two outlets that disagree
 * about one night (a conflicting night), one record kept with a warning, and four rejected records.
 */
public final class SampleRun {
  /** The bundled sample corpus, relative to the project folder (the working directory of tests). */
  public static final Path SAMPLE = Paths.get("data/sample");
  public static final Path FOUNDING_ARTICLE = SAMPLE.resolve("founding-article.txt");

  /** The night the two extra wire reports disagree about (312 vs 340 drones). */
  public static final String EXTRA_NIGHT = "2025-06-15";

  /** Articles in the extra file that are accepted; the rest of its lines are rejected. */
  public static final List<String> EXTRA_ACCEPTED = List.of("x-wire-1", "x-wire-2", "x-undated");
  public static final int EXTRA_LINES = 7;
  public static final int SAMPLE_ARTICLES = 43;

  private static final String EXTRA_JSONL = String.join("\n",
      "{\"id\": \"x-wire-1\", \"published\": \"2025-06-15\", \"source\": \"Test Wire North\", \"title\": \"Drones "
          + "overnight\", \"text\": \"Russia launched 312 drones and nine missiles at Ukraine overnight, the "
          + "Ukrainian Air Force said on Sunday. Air defences shot down 290 of the drones.\"}",
      "{\"id\": \"x-wire-2\", \"published\": \"2025-06-15\", \"source\": \"Test Wire South\", \"title\": \"A long "
          + "night\", \"text\": \"Russia launched 340 drones and nine missiles at Ukraine overnight, regional "
          + "officials said on Sunday.\"}",
      "{\"id\": \"x-broken\", \"text\": ",
      "{\"id\": \"x-empty\", \"published\": \"2025-06-15\", \"text\": \"\"}",
      "{\"id\": \"x-wire-1\", \"published\": \"2025-06-16\", \"text\": \"A later copy that reuses an id.\"}",
      "\"a string, not an article\"",
      "{\"id\": \"x-undated\", \"published\": \"next week\", \"source\": \"Test Wire North\", \"text\": \"The city "
          + "council met to discuss the budget for 2026, which grows by 4 percent.\"}",
      "");

  private static Path base;
  private static Path output;
  private static List<String> inputs;
  private static RunSummary summary;
  private static Lexicons lexicons;

  private SampleRun() {}

  /** The shared output folder (extracted on first use). */
  public static synchronized Path output() {
    if (output == null) {
      output = base().resolve("sample-out");
      summary = extract(output, ExtractOptions.Mode.OVERWRITE, inputs());
    }
    return output;
  }

  /** The summary of the shared run. */
  public static synchronized RunSummary summary() {
    output();
    return summary;
  }

  /** The inputs of the shared run: data/sample and the extra file. */
  public static synchronized List<String> inputs() {
    if (inputs == null) {
      Path extra = base().resolve("extra/wires.jsonl");
      try {
        Files.createDirectories(extra.getParent());
        Files.writeString(extra, EXTRA_JSONL, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      inputs = List.of(SAMPLE.toString(), extra.toString());
    }
    return inputs;
  }

  /** The extra file's path as Spark writes it into input_path. */
  public static String extraInputPath() {
    return "file:" + Paths.get(inputs().get(1)).toAbsolutePath();
  }

  /** Lexicons as packaged, loaded once. */
  public static synchronized Lexicons lexicons() {
    if (lexicons == null) {
      lexicons = Lexicons.load(LexiconSource.packaged());
    }
    return lexicons;
  }

  /** One run of the job in the shared test session. */
  public static RunSummary extract(Path output, ExtractOptions.Mode mode, List<String> inputs) {
    return extract(output, mode, inputs, 0);
  }

  /** One run with {@code partitions} NLP partitions (0: the job's default). */
  public static RunSummary extract(Path output, ExtractOptions.Mode mode, List<String> inputs, int partitions) {
    ReadOptions read = new ReadOptions().inputs(inputs);
    ExtractOptions options = new ExtractOptions(read, output.toString(), mode, partitions, 0.8, "local[2]");
    return ExtractJob.run(SparkTestSession.get(), options, lexicons());
  }

  /** Copies a folder tree (an output folder, to run on top of it without touching the shared one). */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder under target/ for this JVM, removed when it exits. */
  private static Path base() {
    if (base == null) {
      try {
        Path target = Files.createDirectories(Paths.get("target"));
        base = Files.createTempDirectory(target, "sample-run-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path toDelete = base;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(toDelete)));
    }
    return base;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = new ArrayList<>();
      paths.sorted(Comparator.reverseOrder()).forEach(all::add);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

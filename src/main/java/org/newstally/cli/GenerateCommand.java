package org.newstally.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.newstally.synth.AirForceNights;
import org.newstally.synth.CorpusGenerator;
import org.newstally.synth.GenerationSummary;
import org.newstally.synth.GeneratorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a synthetic news corpus with known ground truth, for benchmarks and accuracy checks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic news corpus with known ground truth: articles.jsonl in the dev corpus shape "
        + "and gold.jsonl in the dev gold format. The same seed and options give byte-identical files.")
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "number of articles (default: ${DEFAULT-VALUE})")
  long articles = 1000;

  @Option(names = "--output", required = true,
      description = "output folder: articles.jsonl and gold.jsonl are written there (created if missing, files "
          + "overwritten)")
  Path output;

  @Option(names = "--seed", description = "seed of every random choice (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--figures", description = "Ukrainian Air Force per-attack CSV (e.g. "
      + "../shared/airforce/missile_attacks_daily.csv, with missiles_and_uavs.csv next to it) for real per-night "
      + "figures; synthetic figures otherwise")
  Path figures;

  @Option(names = "--gzip", description = "write articles.jsonl.gz instead of articles.jsonl")
  boolean gzip;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CorpusGenerator generator = generator(validatedConfig());
    Files.createDirectories(output);
    Path articlesFile = output.resolve(gzip ? "articles.jsonl.gz" : "articles.jsonl");
    Path goldFile = output.resolve("gold.jsonl");
    GenerationSummary summary;
    try (Writer articleOut = open(articlesFile, gzip); Writer goldOut = open(goldFile, false)) {
      summary = generator.write(articleOut, goldOut);
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "generated %d articles in %.1f s (%.0f articles/s): %s %,d bytes%s, mean %.0f bytes per article; %s %,d "
            + "bytes", summary.articles(), summary.seconds(), summary.articlesPerSecond(), articlesFile,
        Files.size(articlesFile), gzip ? String.format(Locale.ROOT, " (%,d uncompressed)", summary.articleBytes()) : "",
        summary.meanArticleBytes(), goldFile, Files.size(goldFile)));
    return 0;
  }

  /** Checks every option before any work, with messages that say how to fix them. */
  private GeneratorConfig validatedConfig() {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1 (got " + articles + ")");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new ParameterException(spec.commandLine(), "--output " + output + " is a file: give a folder (it is "
          + "created if missing)");
    }
    if (figures != null) {
      if (!Files.isRegularFile(figures)) {
        throw new ParameterException(spec.commandLine(), "--figures " + figures + " does not exist: give the Air "
            + "Force per-attack CSV, e.g. ../shared/airforce/missile_attacks_daily.csv, or leave the option out for "
            + "synthetic figures");
      }
      Path categories = figures.toAbsolutePath().resolveSibling(AirForceNights.CATEGORIES_FILE);
      if (!Files.isRegularFile(categories)) {
        throw new ParameterException(spec.commandLine(), "--figures needs " + AirForceNights.CATEGORIES_FILE
            + " next to it (looked for " + categories + ")");
      }
    }
    return new GeneratorConfig(articles, seed, figures);
  }

  /** Builds the generator, which reads the figures: a file that is not the Air Force CSV is an option error. */
  private CorpusGenerator generator(GeneratorConfig cfg) {
    try {
      return new CorpusGenerator(cfg);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--figures: " + e.getMessage(), e);
    }
  }

  private static Writer open(Path file, boolean compress) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    if (compress) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}

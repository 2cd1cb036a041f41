package org.newstally.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.job.TableRows.read;
import static org.newstally.job.TableRows.sorted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The sample in two runs: the first half, then {@code --mode append} with the other half and one article of the
 * first half again. The result is the sample's: per-article tables hold each article once, and the aggregates,
 * recomputed over both runs, equal those of one run over the whole sample (the shared {@link SampleRun}, less its
 * extra file).
 */
class AppendIT {
  private static final Pattern ID = Pattern.compile("^\\{\"id\": \"(s\\d+)\"");
  /** In both halves. */
  private static final String OVERLAP = "s010";
  /** s002 copies s001: they land in different runs, and the copy must still be found. */
  private static final String COPY = "s002";
  private static final List<String> PER_ARTICLE_FACTS = List.of("actor_mentions", "numeric_claims", "strike_reports",
      "meetings");

  @TempDir
  static Path dir;

  private static Path out;
  private static Path firstHalf;
  private static RunSummary first;
  private static RunSummary second;

  @BeforeAll
  static void extractInTwoRuns() throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (String line : Files.readAllLines(SampleRun.SAMPLE.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      Matcher m = ID.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      int n = Integer.parseInt(m.group(1).substring(1));
      if (n <= 19 && !m.group(1).equals(COPY)) {
        a.add(line);
      }
      if (n > 19 || m.group(1).equals(COPY) || m.group(1).equals(OVERLAP)) {
        b.add(line);
      }
    }
    firstHalf = Files.createDirectories(dir.resolve("a")).resolve("articles.jsonl");
    Path secondHalf = Files.createDirectories(dir.resolve("b")).resolve("articles.jsonl");
    Files.write(firstHalf, a, StandardCharsets.UTF_8);
    Files.write(secondHalf, b, StandardCharsets.UTF_8);
    out = dir.resolve("out");

    first = SampleRun.extract(out, ExtractOptions.Mode.OVERWRITE,
        List.of(firstHalf.toString(), SampleRun.FOUNDING_ARTICLE.toString()));
    second = SampleRun.extract(out, ExtractOptions.Mode.APPEND,
        List.of(secondHalf.toString(), SampleRun.SAMPLE.resolve("more").toString()));
  }

  @Test
  void articlesAreTheUnionWithEachIdOnce() {
    Dataset<Row> articles = read(out, "articles");

    assertThat(articles.count()).isEqualTo(SampleRun.SAMPLE_ARTICLES);
    assertThat(articles.select("article_id").distinct().count()).isEqualTo(SampleRun.SAMPLE_ARTICLES);
    assertThat(sorted(out, "articles", "input_path", "record_ref")).containsExactlyElementsOf(
        sortedSample("articles", "input_path", "record_ref"));
  }

  @Test
  void anArticleAlreadyPresentKeepsItsFirstRow() {
    List<Row> overlap = read(out, "articles").filter(col("article_id").equalTo(OVERLAP))
        .select("input_path").collectAsList();

    assertThat(overlap).hasSize(1);
    assertThat(overlap.get(0).getString(0)).isEqualTo("file:" + firstHalf.toAbsolutePath());
  }

  @ParameterizedTest
  @FieldSource("PER_ARTICLE_FACTS")
  void perArticleTablesHoldEveryArticleOnce(String table) {
    assertThat(second.rows().get(table)).isGreaterThan(first.rows().get(table));
    assertThat(sorted(out, table)).containsExactlyElementsOf(sortedSample(table));
  }

  @Test
  void copyInTheSecondRunOfAnArticleInTheFirstIsStillFound() {
    assertThat(read(out, "articles").filter(col("duplicate_of").isNotNull()).select("article_id", "duplicate_of")
        .collectAsList()).map(Row::toString).containsExactly("[s002,s001]");
  }

  @Test
  void strikesPerNightIsRecomputedOverBothRuns() {
    Dataset<Row> sample = read(SampleRun.output(), "strikes_per_night")
        .filter(col("night_end").notEqual(SampleRun.EXTRA_NIGHT));

    assertThat(sorted(out, "strikes_per_night")).containsExactlyElementsOf(sortedJson(sample));
  }

  @Test
  void meetingsPerEnvoyIsRecomputedOverBothRuns() {
    assertThat(sorted(out, "meetings_per_envoy")).containsExactlyElementsOf(
        sorted(SampleRun.output(), "meetings_per_envoy"));
  }

  @Test
  void runsHasOneRowPerRun() {
    List<String> runs = read(out, "runs").orderBy("started_at").select("run_id", "mode", "articles_read")
        .collectAsList().stream().map(Row::toString).toList();

    assertThat(runs).containsExactly("[" + first.runId() + ",overwrite,19]", "[" + second.runId() + ",append,29]");
  }

  /** The shared run's rows of a table, without the extra file's articles. */
  private static List<String> sortedSample(String table, String... ignored) {
    return sortedJson(read(SampleRun.output(), table).filter(not(col("article_id").startsWith("x-")))
        .drop(ignored));
  }

  private static List<String> sortedJson(Dataset<Row> rows) {
    List<String> json = new ArrayList<>(rows.toJSON().collectAsList());
    json.sort(null);
    return json;
  }
}

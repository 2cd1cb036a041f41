package org.newstally.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstally.io.TableSchema;

/**
 * {@code jobs/newstally} as a user runs it: extract the bundled sample into a new folder, then query it. Needs the
 * shaded jar (mvn package).
 */
class ScriptsIT {
  @TempDir
  static Path dir;

  private static Path out;
  private static Scripts.Result extract;

  @BeforeAll
  static void extractTheSample() {
    Scripts.assumeCurrentJar();
    out = dir.resolve("tables");
    extract = Scripts.run(dir, "extract", "newstally", "extract", "--input", "data/sample", "--output",
        out.toString(), "--master", "local[2]");
  }

  @Test
  void extractExitsZeroAndPrintsTheSummary() {
    assertThat(extract.exit()).as(extract.describe()).isZero();
    assertThat(extract.out())
        .startsWith("newstally extract overwrite finished in ")
        .contains("  input:    47 records read from 6 files = 43 accepted + 4 rejected\n")
        .contains("  warnings: 0 (kept, see rejected_records severity=warning); near-duplicates: 1\n")
        .contains("  tables in " + out + ":\n")
        .containsPattern("\n    articles +43 rows\n")
        .containsPattern("\n    rejected_records +4 rows\n")
        .containsPattern("\n    runs +1 rows\n");
    for (String table : TableSchema.TABLES) {
      assertThat(extract.out()).contains("    " + table + " ");
      assertThat(out.resolve(table)).isDirectory();
    }
    assertThat(out.resolve("_newstally.json")).content().contains("\"schema_version\": " + TableSchema.VERSION);
    assertThat(extract.err()).contains("INFO  ExtractCommand: run ").doesNotContain("Exception");
  }

  @Test
  void sqlPrintsTheQueryResultAsCsv() {
    Scripts.Result sql = Scripts.run(dir, "sql-csv", "newstally", "sql", "--tables", out.toString(), "--master",
        "local[2]", "--format", "csv", "SELECT night_end, drones_launched, missiles_launched, n_articles "
            + "FROM strikes_per_night WHERE night_end = DATE'2025-12-06' AND attacker = 'Russia'");

    assertThat(sql.exit()).as(sql.describe()).isZero();
    assertThat(sql.out()).isEqualTo("night_end,drones_launched,missiles_launched,n_articles\n2025-12-06,653,51,3\n");
  }

  @Test
  void sqlRunsAnExampleFileAsATable() {
    Scripts.Result sql = Scripts.run(dir, "sql-file", "newstally", "sql", "--tables", out.toString(), "--master",
        "local[2]", "--file", "jobs/sql/near_duplicates.sql");

    assertThat(sql.exit()).as(sql.describe()).isZero();
    assertThat(sql.out()).containsPattern("\\| article_id +\\| published +\\| source")
        .containsPattern("\\| s002 +\\| 2025-09-07 .*\\| s001 +\\|")
        .endsWith("\n1 row\n");
  }

  @Test
  void sqlWithoutTablesSaysWhatToDoAndExitsTwo() {
    Path nowhere = dir.resolve("nowhere");

    Scripts.Result sql = Scripts.run(dir, "sql-nowhere", "newstally", "sql", "--tables", nowhere.toString(),
        "SELECT 1");

    assertThat(sql.exit()).isEqualTo(2);
    assertThat(sql.err()).contains("newstally sql: --tables " + nowhere + " does not exist; run newstally extract "
        + "first (or give the folder it wrote)");
    assertThat(Files.exists(nowhere)).isFalse();
  }
}

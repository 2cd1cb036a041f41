package org.newstally.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultTest {
  @TempDir
  Path dir;

  @Test
  void writtenResultReadsBackTheSame() {
    BenchResult r = new BenchResult("extract", "local[2]", 20000, 43_119_612, 25.5, 4.25, 31.0, 48.2, 1.5,
        4L << 30, 1500L << 20, 450L << 20, 1490L << 20, 2, 0.35, 1.2, "a note: with = and : signs");
    Path file = dir.resolve("01-extract-20000.properties");
    r.write(file);

    BenchResult back = BenchResult.read(file);

    assertThat(back).usingRecursiveComparison().isEqualTo(r);
    assertThat(back.articlesPerSecond()).isEqualTo(20000 / 25.5);
    assertThat(back.megabytesPerSecond()).isEqualTo(43.119612 / 25.5);
    assertThat(back.coresBusy()).isEqualTo(48.2 / 25.5);
    assertThat(back.cpuMillisPerArticle()).isEqualTo(48.2 * 1000 / 20000);
  }

  @Test
  void missingFigureIsNamed() throws IOException {
    Path file = dir.resolve("broken.properties");
    Files.writeString(file, "variant=bare\nmaster=local[2]\narticles=10\n");

    assertThatThrownBy(() -> BenchResult.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bench result " + file + " has no 'input_bytes'");
  }

  @Test
  void stagesFileSitsNextToTheResult() {
    assertThat(BenchMain.stagesFile(dir.resolve("03-naive-2000.properties")))
        .isEqualTo(dir.resolve("03-naive-2000.stages.tsv"));
  }
}

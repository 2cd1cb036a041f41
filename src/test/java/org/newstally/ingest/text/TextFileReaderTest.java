package org.newstally.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.newstally.ingest.TestInputs.read;
import static org.newstally.ingest.TestInputs.reasons;
import static org.newstally.ingest.TestInputs.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.ingest.FieldMapping;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.TestInputs;
import org.newstally.ingest.TextNormalizer;
import org.newstally.model.Article;

class TextFileReaderTest {

  @Test
  void aHeaderBeforeTheFirstBlankLineGivesTheFields() {
    List<ParseOutcome> out = read("id: t-1\ntitle: Ferry service resumes\npublished: Dec 6, 2025\n"
        + "source: Harbour Gazette\nurl: https://gazette.example/ferry\n\nThe ferry ran again on Friday.\n\n"
        + "Passengers cheered.\n", "a.txt");
    assertThat(out).hasSize(1);
    Article a = out.get(0).article();
    assertThat(a.getArticleId()).isEqualTo("t-1");
    assertThat(a.getTitle()).isEqualTo("Ferry service resumes");
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2025, 12, 6));
    assertThat(a.getSource()).isEqualTo("Harbour Gazette");
    assertThat(a.getUrl()).isEqualTo("https://gazette.example/ferry");
    assertThat(a.getText()).isEqualTo("The ferry ran again on Friday.\n\nPassengers cheered.");
    assertThat(a.getRecordRef()).isEqualTo("file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no header|A first paragraph.\\n\\nA second one.",
      "unknown keys only|Update: the vote moved to noon.\\n\\nMore follows.",
      "a prose line in the block|title: x\\nThis line is prose.\\n\\nBody.",
      "no blank line|title: x\\nsource: y",
  })
  void withoutAProperHeaderTheWholeFileIsText(String name, String escaped) {
    String content = escaped.replace("\\n", "\n");
    Article a = read(content, "p.txt").get(0).article();
    assertThat(a.getText()).isEqualTo(TextNormalizer.normalize(content));
    assertThat(a.getTitle()).isNull();
    assertThat(a.getArticleId()).isEqualTo(TextNormalizer.contentId(a.getText()));
  }

  @Test
  void aliasesWorkInTheHeaderAndUnknownKeysAreIgnored() {
    Article a = read("Date: 2024-07-01\nAuthor: someone\nHeadline: Aliased\n\nBody.", "h.txt").get(0).article();
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(a.getTitle()).isEqualTo("Aliased");
    assertThat(a.getText()).isEqualTo("Body.");
  }

  @Test
  void theFoundingArticleHasNoHeaderAndIsAllText() throws Exception {
    Path seed = Path.of("/work/shared/seed/article.txt");
    assumeThat(Files.exists(seed)).as("the founding article is on this machine").isTrue();
    byte[] bytes = Files.readAllBytes(seed);
    Article a = read(bytes, "article.txt", ParseSettings.defaults()).get(0).article();
    String raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(a.getText()).isEqualTo(TextNormalizer.normalize(raw));
    assertThat(a.getTitle()).isNull();
    assertThat(a.getPublished()).isNull();
  }

  @Test
  void aHeaderWithoutBodyIsEmptyTextAndAZeroByteFileIsEmpty() {
    assertThat(reasons(read("title: Only a header\n\n", "o.txt"))).containsExactly("empty_text");
    assertThat(reasons(read(" \n\t\n", "w.txt"))).containsExactly("empty_text");
    assertThat(reasons(read("", "e.txt"))).containsExactly("empty_file");
  }

  @Test
  void compressedTextFilesAndCorruptOnes() {
    byte[] content = utf8("title: Packed\n\nPacked body.");
    assertThat(read(TestInputs.gzip(content), "p.txt.gz", ParseSettings.defaults()).get(0).article().getText())
        .isEqualTo("Packed body.");
    assertThat(read(TestInputs.bzip2(content), "p.txt.bz2", ParseSettings.defaults()).get(0).article().getTitle())
        .isEqualTo("Packed");
    List<ParseOutcome> corrupt = read(TestInputs.corruptTail(TestInputs.gzip(content), 0.5), "c.txt.gz",
        ParseSettings.defaults());
    assertThat(reasons(corrupt)).containsExactly("corrupt_compressed");
    assertThat(corrupt.get(0).issues().get(0).getRecordRef()).isEqualTo("file");
  }

  @Test
  void aFileOverTheRecordLimitIsRejected() {
    ParseSettings settings = new ParseSettings(FieldMapping.defaults(), null, 1000, 100);
    assertThat(reasons(read(utf8("y".repeat(150)), "big.txt", settings))).containsExactly("record_too_large");
  }
}

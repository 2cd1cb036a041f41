package org.newstally.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.concat;
import static org.newstally.ingest.TestInputs.read;
import static org.newstally.ingest.TestInputs.reasons;
import static org.newstally.ingest.TestInputs.utf8;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.ingest.FieldMapping;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.TestInputs;
import org.newstally.ingest.TextNormalizer;
import org.newstally.model.Article;
import org.newstally.model.RejectedRecord;

class JsonLinesReaderTest {

  @Test
  void readsOneArticlePerLineWithLineRefs() {
    List<ParseOutcome> out = read(
        "{\"id\": \"a1\", \"url\": \"https://news.example/a1\", \"published\": \"2025-03-04\", \"source\": \"Example "
            + "News\", \"title\": \"Bridge reopens\", \"text\": \"The bridge reopened on Monday.\"}\n"
            + "\n"
            + "{\"id\": 7, \"text\": \"A second story.\"}\n",
        "in.jsonl");
    assertThat(out).hasSize(2);
    Article first = out.get(0).article();
    assertThat(first.getArticleId()).isEqualTo("a1");
    assertThat(first.getUrl()).isEqualTo("https://news.example/a1");
    assertThat(first.getPublished()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(first.getSource()).isEqualTo("Example News");
    assertThat(first.getTitle()).isEqualTo("Bridge reopens");
    assertThat(first.getText()).isEqualTo("The bridge reopened on Monday.");
    assertThat(first.getRecordRef()).isEqualTo("line:1");
    assertThat(first.getInputPath()).isEqualTo("in.jsonl");
    assertThat(out.get(1).article().getArticleId()).isEqualTo("7");
    assertThat(out.get(1).article().getRecordRef()).isEqualTo("line:3");
    assertThat(out.get(1).position()).isEqualTo(3);
  }

  @Test
  void crawlerFieldNamesAreUnderstood() {
    Article a = read("{\"maintext\": \"Body from a crawler.\", \"date_publish\": \"2025-12-06 10:32:00\", "
        + "\"source_domain\": \"paper.example\", \"headline\": \"A headline\", \"link\": \"https://paper.example/x\"}",
        "c.jsonl").get(0).article();
    assertThat(a.getText()).isEqualTo("Body from a crawler.");
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2025, 12, 6));
    assertThat(a.getSource()).isEqualTo("paper.example");
    assertThat(a.getTitle()).isEqualTo("A headline");
    assertThat(a.getUrl()).isEqualTo("https://paper.example/x");
  }

  @Test
  void namesMatchCaseInsensitivelyAndASourceObjectGivesItsName() {
    Article a = read("{\"Title\": \"T\", \"Content\": \"Body.\", \"publishedAt\": \"2024-05-01T08:00:00Z\", "
        + "\"source\": {\"id\": null, \"name\": \"Wire Service\"}}", "n.jsonl").get(0).article();
    assertThat(a.getTitle()).isEqualTo("T");
    assertThat(a.getText()).isEqualTo("Body.");
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(a.getSource()).isEqualTo("Wire Service");
  }

  @Test
  void aMappedColumnIsTheOnlyNameLookedUp() {
    ParseSettings settings = new ParseSettings(FieldMapping.of(Map.of("text", "story", "published", "when")),
        null, 1000, 1 << 20);
    List<ParseOutcome> out = read(utf8(
        "{\"story\": \"Mapped body.\", \"when\": \"2025-01-02\", \"text\": \"ignored\"}\n"
            + "{\"text\": \"no story field here\"}\n"), "m.jsonl", settings);
    assertThat(out.get(0).article().getText()).isEqualTo("Mapped body.");
    assertThat(out.get(0).article().getPublished()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(reasons(out.subList(1, 2))).containsExactly("missing_text");
    assertThat(out.get(1).issues().get(0).getDetail()).contains("story");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "truncated object|{\"text\": \"cut off|malformed_json|rejected",
      "trailing garbage|{\"text\": \"ok\"} extra|malformed_json|rejected",
      "array|[1, 2, 3]|not_an_object|rejected",
      "string|\"just a string\"|not_an_object|rejected",
      "null literal|null|not_an_object|rejected",
      "no text|{\"title\": \"Only a title\"}|missing_text|rejected",
      "null text|{\"text\": null}|missing_text|rejected",
      "text is an array|{\"text\": [\"a\", \"b\"]}|missing_text|rejected",
      "empty text|{\"text\": \"\"}|empty_text|rejected",
      "whitespace text|{\"text\": \" \\n\\t \\u00a0 \"}|empty_text|rejected",
      "markup only|{\"text\": \"<div><p></p><br/><script>var x = 1;</script></div>\"}|markup_only|rejected",
      "bad date|{\"text\": \"Fine.\", \"published\": \"the day before\"}|unparseable_date|warning",
      "description only|{\"maintext\": null, \"description\": \"Only a summary.\"}|description_only|warning",
  })
  void eachBadLineGivesOneIssue(String name, String line, String reason, String severity) {
    List<ParseOutcome> out = read(line + "\n", "bad.jsonl");
    assertThat(out).hasSize(1);
    assertThat(out.get(0).issues()).hasSize(1);
    RejectedRecord issue = out.get(0).issues().get(0);
    assertThat(issue.getReason()).isEqualTo(reason);
    assertThat(issue.getSeverity()).isEqualTo(severity);
    assertThat(issue.getRecordRef()).isEqualTo("line:1");
    assertThat(issue.getExcerpt()).isEqualTo(line);
    assertThat(out.get(0).isAccepted()).isEqualTo(severity.equals("warning"));
  }

  @Test
  void anUnparseableDateLeavesPublishedEmptyEvenWithADefault() {
    ParseSettings settings = new ParseSettings(FieldMapping.defaults(), LocalDate.of(2020, 1, 1), 1000, 1 << 20);
    List<ParseOutcome> out = read(utf8("{\"text\": \"A.\", \"published\": \"soon\"}\n{\"text\": \"B.\"}\n"
        + "{\"text\": \"C.\", \"published\": \"  \"}\n"), "d.jsonl", settings);
    assertThat(out.get(0).article().getPublished()).isNull();
    assertThat(out.get(1).article().getPublished()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(out.get(2).article().getPublished()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void htmlInATextFieldBecomesParagraphs() {
    Article a = read("{\"text\": \"<p>First &amp; foremost.</p><p>Second <b>part</b>.</p>\"}", "h.jsonl")
        .get(0).article();
    assertThat(a.getText()).isEqualTo("First & foremost.\n\nSecond part.");
  }

  @Test
  void invalidUtf8IsReplacedAndKeptWithAWarning() {
    byte[] line = concat(utf8("{\"text\": \"caf"), new byte[] {(byte) 0xE9}, utf8(" au lait\"}\n"));
    List<ParseOutcome> out = read(line, "u.jsonl", ParseSettings.defaults());
    assertThat(out.get(0).article().getText()).isEqualTo("caf\uFFFD au lait");
    assertThat(reasons(out)).containsExactly("invalid_utf8");
    assertThat(out.get(0).issues().get(0).getSeverity()).isEqualTo("warning");
  }

  @Test
  void aGenuineReplacementCharacterIsNotInvalidUtf8() {
    List<ParseOutcome> out = read("{\"text\": \"already \uFFFD here\"}", "g.jsonl");
    assertThat(out.get(0).issues()).isEmpty();
  }

  @Test
  void longTextsAreTruncatedWithAWarning() {
    ParseSettings settings = new ParseSettings(FieldMapping.defaults(), null, 10, 1 << 20);
    List<ParseOutcome> out = read(utf8("{\"text\": \"0123456789abcdef\"}"), "t.jsonl", settings);
    assertThat(out.get(0).article().getText()).isEqualTo("0123456789");
    assertThat(reasons(out)).containsExactly("truncated");
  }

  @Test
  void theContentIdIgnoresTruncationSoReRunsWithAnotherLimitKeepTheirIds() {
    String line = "{\"text\": \"0123456789abcdef\"}";
    String shortId = read(utf8(line), "t.jsonl", new ParseSettings(FieldMapping.defaults(), null, 5, 1 << 20))
        .get(0).article().getArticleId();
    String longId = read(line, "t.jsonl").get(0).article().getArticleId();
    assertThat(shortId).isEqualTo(longId).isEqualTo(TextNormalizer.contentId("0123456789abcdef"));
  }

  @Test
  void aLineOverTheRecordLimitIsRejectedAndTheNextLineStillRead() {
    ParseSettings settings = new ParseSettings(FieldMapping.defaults(), null, 1000, 64);
    String huge = "{\"text\": \"" + "x".repeat(500) + "\"}";
    List<ParseOutcome> out = read(utf8(huge + "\n{\"text\": \"small\"}\n"), "big.jsonl", settings);
    assertThat(reasons(out)).containsExactly("record_too_large");
    assertThat(out.get(1).article().getText()).isEqualTo("small");
    assertThat(out.get(1).article().getRecordRef()).isEqualTo("line:2");
  }

  @Test
  void emptyFilesAndBlankOnlyFilesAreEmpty() {
    assertThat(reasons(read("", "e.jsonl"))).containsExactly("empty_file");
    List<ParseOutcome> blank = read("\n  \n\r\n", "b.jsonl");
    assertThat(reasons(blank)).containsExactly("empty_file");
    assertThat(blank.get(0).issues().get(0).getDetail()).contains("only blank lines");
    assertThat(blank.get(0).issues().get(0).getRecordRef()).isEqualTo("file");
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkAreHarmless() {
    List<ParseOutcome> out = read("\uFEFF{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n", "w.jsonl");
    assertThat(out).extracting(o -> o.article().getText()).containsExactly("one", "two");
  }

  @Test
  void aCorruptGzipTailKeepsTheLinesBeforeItAndRejectsTheRestOnce() {
    // Random digits compress poorly, so the cut falls well inside the stream.
    java.util.Random random = new java.util.Random(42);
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record ").append(i).append(" holds ");
      for (int d = 0; d < 20; d++) {
        lines.append(random.nextInt(100_000)).append(' ');
      }
      lines.append("\"}\n");
    }
    byte[] corrupt = TestInputs.corruptTail(TestInputs.gzip(utf8(lines.toString())), 0.6);
    List<ParseOutcome> out = read(corrupt, "cut.jsonl.gz", ParseSettings.defaults());
    List<ParseOutcome> accepted = out.stream().filter(ParseOutcome::isAccepted).toList();
    assertThat(accepted).isNotEmpty().hasSizeLessThan(400);
    for (int i = 0; i < accepted.size(); i++) {
      assertThat(accepted.get(i).article().getArticleId()).isEqualTo("r" + (i + 1));
    }
    assertThat(reasons(out)).containsExactly("corrupt_compressed");
    RejectedRecord last = out.get(out.size() - 1).issues().get(0);
    assertThat(last.getRecordRef()).isEqualTo("line:" + (accepted.size() + 1));
    assertThat(last.getDetail()).contains(accepted.size() + " records before it are kept");
  }

  @Test
  void compressedFilesReadLikePlainOnes() {
    String content = "{\"text\": \"Compressed body.\"}\n";
    Article gz = read(TestInputs.gzip(utf8(content)), "a.jsonl.gz", ParseSettings.defaults()).get(0).article();
    Article bz = read(TestInputs.bzip2(utf8(content)), "a.jsonl.bz2", ParseSettings.defaults()).get(0).article();
    assertThat(gz.getText()).isEqualTo(bz.getText()).isEqualTo("Compressed body.");
  }

  @Test
  void aFileThatIsNotGzipAtAllIsCorrupt() {
    List<ParseOutcome> out = read(utf8("{\"text\": \"plain\"}\n"), "lies.jsonl.gz", ParseSettings.defaults());
    assertThat(reasons(out)).containsExactly("corrupt_compressed");
    assertThat(out.get(0).issues().get(0).getRecordRef()).isEqualTo("file");
  }

  @Test
  void anEmptyGzipNamedFileIsEmptyNotCorrupt() {
    assertThat(reasons(read(new byte[0], "nothing.jsonl.gz", ParseSettings.defaults()))).containsExactly("empty_file");
  }
}

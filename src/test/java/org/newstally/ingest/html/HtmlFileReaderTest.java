package org.newstally.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.gzip;
import static org.newstally.ingest.TestInputs.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.TestInputs;
import org.newstally.model.Article;

/** A saved web page is one article: main text, title, URL from the page, date with its basis, any charset. */
class HtmlFileReaderTest {
  private static final String PAGE = "<html><head><title>Dam repairs finished</title>"
      + "<link rel=canonical href='https://river.example/2024/04/02/dam-repairs/'>"
      + "<meta property='article:published_time' content='2024-04-02T10:00:00+02:00'></head><body>"
      + "<nav><a href=/>Home</a></nav><article><h1>Dam repairs finished</h1>"
      + "<p>Engineers finished the repairs on the old dam on Tuesday, a month ahead of plan.</p>"
      + "<p>The reservoir will be refilled over the summer, the water board said.</p></article></body></html>";

  private static List<ParseOutcome> read(byte[] bytes, String name) {
    return TestInputs.read(bytes, name, ParseSettings.defaults());
  }

  @Test
  void aPageIsOneArticleWithItsCanonicalUrlTitleDateAndParagraphs() {
    List<ParseOutcome> out = read(utf8(PAGE), "saved/dam.html");

    assertThat(out).hasSize(1);
    Article a = out.get(0).article();
    assertThat(a.getUrl()).isEqualTo("https://river.example/2024/04/02/dam-repairs/");
    assertThat(a.getSource()).isEqualTo("river.example");
    assertThat(a.getTitle()).isEqualTo("Dam repairs finished");
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(a.getPublishedBasis()).isEqualTo("meta");
    assertThat(a.getText()).isEqualTo("Engineers finished the repairs on the old dam on Tuesday, a month ahead of "
        + "plan.\n\nThe reservoir will be refilled over the summer, the water board said.");
    assertThat(a.getRecordRef()).isEqualTo("file");
  }

  @Test
  void gzippedPagesReadTheSame() {
    assertThat(read(gzip(utf8(PAGE)), "saved/dam.htm.gz").get(0).article().getText())
        .isEqualTo(read(utf8(PAGE), "saved/dam.html").get(0).article().getText());
  }

  @Test
  void withoutCanonicalOrOgUrlTheFilePathIsTheUrl() {
    Article a = read(utf8(PAGE.replaceAll("<link rel=canonical[^>]*>", "")), "mirror/dam.html").get(0).article();
    assertThat(a.getUrl()).isEqualTo("mirror/dam.html");
    assertThat(a.getPublishedBasis()).isEqualTo("meta");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "meta charset|windows-1252|<meta charset=windows-1252>",
      "http-equiv|ISO-8859-1|<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>",
      "none: UTF-8|UTF-8|",
  })
  void theCharsetComesFromThePage(String name, String charset, String meta) {
    String page = "<html><head>" + (meta == null ? "" : meta) + "</head><body><article><p>The café near the "
        + "old bridge reopened on Monday after a long renovation, its owner said.</p></article></body></html>";
    Article a = read(page.getBytes(Charset.forName(charset)), "p.html").get(0).article();
    assertThat(a.getText()).contains("The café near the old bridge");
  }

  @Test
  void aByteOrderMarkSaysUtf8WhateverTheMetaSays() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("<html><head><meta charset=iso-8859-1></head><body><article><p>Le café du pont a rouvert lundi "
        + "après de longs travaux, a dit son propriétaire.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    Article a = read(TestInputs.concat(bom, body), "p.html").get(0).article();
    assertThat(a.getText()).startsWith("Le café du pont");
  }

  @Test
  void aPageOfMarkupOnlyIsRejectedAsSuch() {
    List<ParseOutcome> out = read(utf8("<html><body><nav><a href=/>Home</a></nav></body></html>"), "x.html");
    assertThat(out.get(0).isAccepted()).isFalse();
    assertThat(out.get(0).issues().get(0).getReason()).isEqualTo("markup_only");
  }
}

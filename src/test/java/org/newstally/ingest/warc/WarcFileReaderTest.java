package org.newstally.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newstally.ingest.TestInputs.htmlResource;
import static org.newstally.ingest.TestInputs.htmlResponse;
import static org.newstally.ingest.TestInputs.reasons;
import static org.newstally.ingest.TestInputs.request;
import static org.newstally.ingest.TestInputs.response;
import static org.newstally.ingest.TestInputs.utf8;
import static org.newstally.ingest.TestInputs.warc;
import static org.newstally.ingest.TestInputs.warcinfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcRecord;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.TestInputs;
import org.newstally.ingest.TextNormalizer;
import org.newstally.model.Article;

class WarcFileReaderTest {
  private static final String PAGE = "<html><head><meta property=og:title content='Library extends hours'>"
      + "<meta property='article:published_time' content='2025-05-17T09:00:00+01:00'></head><body>"
      + "<nav><p>Menu</p></nav><article><p>The library now opens at seven.</p><p>Staff welcomed the change.</p>"
      + "</article></body></html>";

  private static List<ParseOutcome> read(byte[] bytes, String name) {
    return TestInputs.read(bytes, name, ParseSettings.defaults());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void htmlResponsesBecomeArticlesAndOtherRecordsAreNotCounted(boolean gzip) {
    WarcRecord page = htmlResponse("https://www.town.example/news/library", PAGE);
    byte[] file = warc(gzip, warcinfo(), request("https://www.town.example/news/library"), page);
    List<ParseOutcome> out = read(file, gzip ? "a.warc.gz" : "a.warc");
    assertThat(out).hasSize(1);
    Article a = out.get(0).article();
    assertThat(a.getText()).isEqualTo("The library now opens at seven.\n\nStaff welcomed the change.");
    assertThat(a.getTitle()).isEqualTo("Library extends hours");
    assertThat(a.getPublished()).isEqualTo(LocalDate.of(2025, 5, 17));
    assertThat(a.getUrl()).isEqualTo("https://www.town.example/news/library");
    assertThat(a.getSource()).isEqualTo("www.town.example");
    assertThat(a.getRecordRef()).isEqualTo("warc:" + page.id());
    assertThat(a.getArticleId()).isEqualTo(TextNormalizer.contentId(a.getText()));
    assertThat(out.get(0).issues()).isEmpty();
  }

  @Test
  void nonHtmlBadStatusAndEmptyPagesAreRejected() {
    byte[] file = warc(true,
        response("https://x.example/doc.pdf", 200, "application/pdf", utf8("%PDF-1.7 binary")),
        response("https://x.example/gone", 404, "text/html", utf8("<html><body><p>Not found</p></body></html>")),
        htmlResponse("https://x.example/empty", "<html><body><nav><a href=/>Home</a></nav></body></html>"),
        response("https://x.example/sniffed", 200, "application/octet-stream",
            utf8("<!DOCTYPE html><html><body><p>Sniffed page.</p></body></html>")),
        htmlResource("https://x.example/resource", "<html><body><p>From a resource record.</p></body></html>"));
    List<ParseOutcome> out = read(file, "mixed.warc.gz");
    assertThat(reasons(out)).containsExactly("warc_not_html", "warc_http_status", "markup_only");
    assertThat(out.get(0).issues().get(0).getExcerpt()).isEqualTo("https://x.example/doc.pdf");
    assertThat(out.get(0).issues().get(0).getDetail()).contains("application/pdf");
    assertThat(out.get(3).article().getText()).isEqualTo("Sniffed page.");
    assertThat(out.get(4).article().getText()).isEqualTo("From a resource record.");
  }

  @Test
  void aWarcWithoutPagesIsEmpty() {
    List<ParseOutcome> out = read(warc(false, warcinfo(), request("https://x.example/")), "info.warc");
    assertThat(reasons(out)).containsExactly("empty_file");
    assertThat(out.get(0).issues().get(0).getDetail()).contains("2 other records");
  }

  @Test
  void aCorruptGzipTailKeepsTheRecordsBeforeIt() {
    List<WarcRecord> records = new ArrayList<>();
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 40; i++) {
      StringBuilder body = new StringBuilder("<html><body><article>");
      for (int p = 0; p < 20; p++) {
        body.append("<p>Paragraph ").append(random.nextLong()).append(' ').append(random.nextLong()).append("</p>");
      }
      records.add(htmlResponse("https://y.example/" + i, body.append("</article></body></html>").toString()));
    }
    byte[] whole = warc(true, records.toArray(new WarcRecord[0]));
    List<ParseOutcome> out = read(TestInputs.corruptTail(whole, 0.5), "cut.warc.gz");
    long accepted = out.stream().filter(ParseOutcome::isAccepted).count();
    assertThat(accepted).isBetween(10L, 39L);
    assertThat(out.subList(0, (int) accepted)).extracting(o -> o.article().getUrl())
        .allMatch(url -> url.startsWith("https://y.example/"));
    assertThat(reasons(out)).containsExactly("corrupt_compressed");
    assertThat(out.get(out.size() - 1).issues().get(0).getRecordRef()).startsWith("offset:");
  }

  @Test
  void garbageInAnUncompressedWarcIsMalformed() {
    byte[] file = TestInputs.concat(warc(false, htmlResponse("https://z.example/1", PAGE)),
        utf8("WARC/1.0\r\nthis is not a header line\r\n\r\n"));
    List<ParseOutcome> out = read(file, "bad.warc");
    assertThat(out.get(0).isAccepted()).isTrue();
    assertThat(reasons(out)).containsExactly("malformed_warc");
  }
}

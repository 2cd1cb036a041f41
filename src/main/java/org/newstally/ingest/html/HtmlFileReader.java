package org.newstally.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newstally.ingest.ArticleAssembler;
import org.newstally.ingest.ArticleField;
import org.newstally.ingest.Compression;
import org.newstally.ingest.Issues;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RawFields;
import org.newstally.ingest.RecordIterator;
import org.newstally.ingest.RejectReason;

/**
 * An {@code .html} / {@code .htm} file (optionally .gz or .bz2) is one web page, one article ({@code file} ref), read
 * by the same HTML step as WARC pages ({@link HtmlArticleExtractor}). The charset comes from a byte order mark, else
 * the page's {@code <meta charset>} or {@code http-equiv} Content-Type, else UTF-8 (jsoup's detection, in that
 * order). The URL is the page's {@code <link rel=canonical>} or {@code og:url}, else the file's path; the date is
 * checked against today, as a saved page carries no crawl date (a page with no date of its own takes
 * {@code --published}, as other inputs do).
 */
public final class HtmlFileReader extends RecordIterator {
  private final InputStream in;
  private boolean done;
  private byte[] head = new byte[0];

  public HtmlFileReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(inputPath, compression, settings, in);
    this.in = in;
  }

  @Override
  protected ParseOutcome readNext() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total <= settings.maxRecordBytes()) {
        bytes.write(buffer, 0, n);
      }
      if (head.length < 800) {
        head = bytes.toByteArray();
      }
    }
    if (total == 0) {
      return null;
    }
    if (total > settings.maxRecordBytes()) {
      return ArticleAssembler.reject(inputPath, "file", 0, RejectReason.RECORD_TOO_LARGE,
          "the file holds " + total + " bytes, more than the " + settings.maxRecordBytes() + " one page may have",
          failureExcerpt());
    }
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(bytes.toByteArray()), null, "");
      HtmlArticleExtractor.PageContent page = HtmlArticleExtractor.extract(doc, null, null);
      String url = page.canonicalUrl() != null ? page.canonicalUrl() : inputPath;
      RawFields raw = new RawFields()
          .raw(url)
          .fromHtmlPage(true)
          .set(ArticleField.URL, url)
          .set(ArticleField.TITLE, page.title())
          .set(ArticleField.PUBLISHED, page.published())
          .publishedBasis(page.publishedBasis())
          .set(ArticleField.TEXT, page.text());
      return assembler.assemble(inputPath, raw, "file", 0);
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleAssembler.reject(inputPath, "file", 0, RejectReason.PARSE_FAILED, Issues.describe(e),
          failureExcerpt());
    }
  }

  @Override
  protected String failureExcerpt() {
    return new String(head, StandardCharsets.UTF_8);
  }

  @Override
  protected String failureRef() {
    return "file";
  }

  @Override
  protected long failurePosition() {
    return 0;
  }

  @Override
  protected String emptyDetail() {
    return "the file is empty";
  }
}

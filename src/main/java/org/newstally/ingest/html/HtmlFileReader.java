package org.newstally.ingest.html;

import java.io.ByteArrayInputStream;
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
import org.newstally.ingest.RejectReason;
import org.newstally.ingest.WholeFileReader;

/**
 * An {@code .html} / {@code .htm} file (optionally .gz or .bz2) is one web page, one article ({@code file} ref), read
 * by the same HTML step as WARC pages ({@link HtmlArticleExtractor}). The charset comes from a byte order mark, else
 * the page's {@code <meta charset>} or {@code http-equiv} Content-Type, else UTF-8 (jsoup's detection, in that
 * order). The URL is the page's {@code <link rel=canonical>} or {@code og:url}, else the file's path; the date is
 * checked against today, as a saved page carries no crawl date (a page with no date of its own takes
 * {@code --published}, as other inputs do).
 */
public final class HtmlFileReader extends WholeFileReader {
  public HtmlFileReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(in, inputPath, compression, settings, "one page");
  }

  @Override
  protected ParseOutcome parseFile(byte[] content) {
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(content), null, "");
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
    } catch (RuntimeException | StackOverflowError | java.io.IOException e) {
      return ArticleAssembler.reject(inputPath, "file", 0, RejectReason.PARSE_FAILED, Issues.describe(e),
          failureExcerpt());
    }
  }

  @Override
  protected String failureExcerpt() {
    return new String(head(), StandardCharsets.UTF_8);
  }
}

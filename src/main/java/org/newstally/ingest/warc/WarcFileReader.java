package org.newstally.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newstally.ingest.ArticleAssembler;
import org.newstally.ingest.ArticleField;
import org.newstally.ingest.Compression;
import org.newstally.ingest.DateParser;
import org.newstally.ingest.Issues;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RawFields;
import org.newstally.ingest.RawReadException;
import org.newstally.ingest.RecordIterator;
import org.newstally.ingest.RejectReason;
import org.newstally.ingest.html.HtmlArticleExtractor;

/**
 * WARC files as Common Crawl's CC-NEWS writes them (gzip per record is detected by jwarc). Response records, and
 * resource records, are the candidate articles ({@code warc:<WARC-Record-ID>} refs); warcinfo, request, metadata,
 * revisit and conversion records are not articles and are not counted. An HTML payload gives title, date and main
 * text ({@link HtmlArticleExtractor}); url is the WARC-Target-URI and source its host.
 */
public final class WarcFileReader extends RecordIterator {
  private final InputStream in;
  private WarcReader reader;
  private long candidates;
  private long skipped;
  private long lastOffset;

  public WarcFileReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(inputPath, compression, settings, in);
    this.in = in;
  }

  @Override
  protected ParseOutcome readNext() throws IOException {
    if (reader == null) {
      reader = new WarcReader(in);
    }
    while (true) {
      lastOffset = reader.position();
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return null;
      }
      WarcRecord record = next.get();
      if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
        skipped++;
        continue;
      }
      candidates++;
      String ref = "warc:" + record.id();
      long position = reader.position();
      String target = ((WarcTargetRecord) record).target();
      try {
        return toOutcome(record, ref, position, target);
      } catch (ParsingException e) {
        return ArticleAssembler.reject(inputPath, ref, position, RejectReason.MALFORMED_WARC,
            "the HTTP message in the record cannot be parsed: " + Issues.describe(e), target);
      } catch (RuntimeException | StackOverflowError e) {
        return ArticleAssembler.reject(inputPath, ref, position, RejectReason.PARSE_FAILED, Issues.describe(e),
            target);
      }
    }
  }

  private ParseOutcome toOutcome(WarcRecord record, String ref, long position, String target) throws IOException {
    MediaType type;
    MessageBody body;
    LocalDate lastModified = null;
    if (record instanceof WarcResponse) {
      HttpResponse http = ((WarcResponse) record).http();
      if (http.status() < 200 || http.status() > 299) {
        return ArticleAssembler.reject(inputPath, ref, position, RejectReason.WARC_HTTP_STATUS,
            "HTTP status " + http.status() + ", not a page", target);
      }
      type = http.contentType();
      body = http.bodyDecoded();
      lastModified = http.headers().first("Last-Modified").flatMap(DateParser::parse).orElse(null);
    } else {
      type = record.contentType();
      body = record.body();
    }
    Payload payload = readPayload(body);
    if (payload.oversize) {
      return ArticleAssembler.reject(inputPath, ref, position, RejectReason.RECORD_TOO_LARGE,
          "the payload is larger than " + settings.maxRecordBytes() + " bytes", target);
    }
    if (!isHtml(type, payload.bytes)) {
      return ArticleAssembler.reject(inputPath, ref, position, RejectReason.WARC_NOT_HTML,
          "the payload is " + type.base() + ", not HTML", target);
    }
    Document doc = Jsoup.parse(new ByteArrayInputStream(payload.bytes), charsetOf(type), baseUri(target));
    HtmlArticleExtractor.PageContent page = HtmlArticleExtractor.extract(doc, target, crawlDate(record),
        lastModified);
    RawFields raw = new RawFields()
        .raw(target)
        .fromHtmlPage(true)
        .set(ArticleField.URL, target)
        .set(ArticleField.TITLE, page.title())
        .set(ArticleField.PUBLISHED, page.published())
        .publishedBasis(page.publishedBasis())
        .set(ArticleField.TEXT, page.text());
    return assembler.assemble(inputPath, raw, ref, position);
  }

  /** The WARC-Date as a UTC date: the latest a page's publication date can plausibly be (plus a day). */
  private static LocalDate crawlDate(WarcRecord record) {
    try {
      return record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    } catch (RuntimeException e) {
      return null; // a record without a readable WARC-Date: the date check falls back to today
    }
  }

  private static final class Payload {
    byte[] bytes;
    boolean oversize;
  }

  private Payload readPayload(MessageBody body) throws IOException {
    Payload payload = new Payload();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    InputStream stream = body.stream();
    int n;
    while ((n = stream.read(buffer)) >= 0) {
      if (out.size() + n > settings.maxRecordBytes()) {
        payload.oversize = true;
        break;
      }
      out.write(buffer, 0, n);
    }
    payload.bytes = out.toByteArray();
    return payload;
  }

  /** HTML by its declared type; an undeclared or generic type is sniffed from the first bytes. */
  private static boolean isHtml(MediaType type, byte[] bytes) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return true;
    }
    if (!base.equals("application/octet-stream") && !base.equals("text/plain") && type.isValid()) {
      return false;
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 1024), Charset.forName("ISO-8859-1"))
        .stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  private static String charsetOf(MediaType type) {
    String charset = type.parameters().get("charset");
    try {
      return charset != null && Charset.isSupported(charset.trim()) ? charset.trim() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String baseUri(String target) {
    try {
      return target != null ? URI.create(target).toString() : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  protected RejectReason reasonFor(IOException e) {
    if (e instanceof ParsingException && !(e instanceof RawReadException)) {
      return RejectReason.MALFORMED_WARC;
    }
    return super.reasonFor(e);
  }

  @Override
  protected String failureRef() {
    return "offset:" + lastOffset;
  }

  @Override
  protected long failurePosition() {
    return lastOffset;
  }

  @Override
  protected String emptyDetail() {
    return candidates == 0 && skipped > 0
        ? "no response or resource records (" + skipped + " other records)"
        : "the file holds no WARC records";
  }
}

package org.newstally.ingest.text;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newstally.ingest.ArticleAssembler;
import org.newstally.ingest.ArticleField;
import org.newstally.ingest.Compression;
import org.newstally.ingest.Issues;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RawFields;
import org.newstally.ingest.RejectReason;
import org.newstally.ingest.Utf8;
import org.newstally.ingest.WholeFileReader;

/**
 * A text file is one article ({@code file} ref). It may open with a header of {@code key: value} lines (id, url,
 * published, source, title, or any of their aliases) ended by a blank line; the block only counts as a header when
 * every line in it has that shape and at least one key is known, so an article that simply starts with a short
 * paragraph is all text.
 */
public final class TextFileReader extends WholeFileReader {
  private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)[ \\t]*:[ \\t]*(.*)");
  private static final int MAX_HEADER_LINES = 20;

  public TextFileReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(in, inputPath, compression, settings, "one article");
  }

  @Override
  protected ParseOutcome parseFile(byte[] content) {
    Utf8.Decoded decoded = Utf8.decode(content, 0, content.length);
    try {
      return assembler.assemble(inputPath, parse(decoded), "file", 0);
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleAssembler.reject(inputPath, "file", 0, RejectReason.PARSE_FAILED, Issues.describe(e),
          decoded.text());
    }
  }

  /** Splits an optional header from the body. */
  static RawFields parse(Utf8.Decoded decoded) {
    // Line ends are unified here already (normalisation would do the same) so that the header split and the body
    // offset agree.
    String content = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    RawFields raw = new RawFields().raw(content).invalidUtf8(decoded.invalid());
    String[] lines = content.split("\n", MAX_HEADER_LINES + 2);
    List<String[]> header = new ArrayList<>();
    int blankAt = -1;
    for (int i = 0; i < lines.length && i <= MAX_HEADER_LINES; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      if (line.isBlank()) {
        blankAt = i;
        break;
      }
      Matcher m = HEADER_LINE.matcher(line.strip());
      if (!m.matches()) {
        break;
      }
      header.add(new String[] {m.group(1), m.group(2)});
    }
    boolean isHeader = blankAt > 0 && header.size() == blankAt
        && header.stream().anyMatch(kv -> ArticleField.fromAlias(kv[0]) != null);
    if (!isHeader) {
      return raw.set(ArticleField.TEXT, content);
    }
    for (String[] kv : header) {
      ArticleField field = ArticleField.fromAlias(kv[0]);
      if (field != null && field != ArticleField.TEXT && raw.get(field) == null && !kv[1].isBlank()) {
        raw.set(field, kv[1]);
      }
    }
    return raw.set(ArticleField.TEXT, bodyAfterLine(content, blankAt));
  }

  /** The content after the first {@code lineIndex + 1} lines. */
  private static String bodyAfterLine(String content, int lineIndex) {
    int at = 0;
    for (int i = 0; i <= lineIndex; i++) {
      int nl = content.indexOf('\n', at);
      if (nl < 0) {
        return "";
      }
      at = nl + 1;
    }
    return content.substring(at);
  }
}

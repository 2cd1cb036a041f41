package org.newstally.ingest.csv;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newstally.ingest.ArticleAssembler;
import org.newstally.ingest.ArticleField;
import org.newstally.ingest.Compression;
import org.newstally.ingest.Issues;
import org.newstally.ingest.LineSource;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RawFields;
import org.newstally.ingest.RecordIterator;
import org.newstally.ingest.RejectReason;
import org.newstally.ingest.Utf8;

/**
 * CSV with a header row, RFC 4180 quoting (quoted fields may span lines, {@code ""} is a quote).
 *
 * <p>Records are framed here, on bytes: a record continues onto the next line while it holds an odd number of
 * quote characters. Each framed record is then decoded on its own and split by univocity's {@code parseLine}. This
 * gives every record an exact {@code line:N} ref (its first line) and an exact invalid-UTF-8 check, which a parser
 * that reads ahead in large buffers cannot give, and it streams: only one record is in memory at a time. Blank lines
 * between records are not records.
 */
public final class CsvReader extends RecordIterator {
  private final LineSource lines;
  private final CsvParser parser;
  private final ByteArrayOutputStream record = new ByteArrayOutputStream();
  private String[] header;
  private int[] fieldColumn;
  private long recordLine;

  public CsvReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(inputPath, compression, settings, in);
    this.lines = new LineSource(in, settings.maxRecordBytes());
    CsvParserSettings csv = new CsvParserSettings();
    csv.getFormat().setLineSeparator("\n");
    csv.getFormat().setDelimiter(',');
    csv.getFormat().setQuote('"');
    csv.getFormat().setQuoteEscape('"');
    csv.setLineSeparatorDetectionEnabled(false);
    csv.setMaxCharsPerColumn(-1);
    csv.setMaxColumns(100_000);
    csv.setIgnoreLeadingWhitespaces(false);
    csv.setIgnoreTrailingWhitespaces(false);
    csv.setNormalizeLineEndingsWithinQuotes(false);
    this.parser = new CsvParser(csv);
  }

  @Override
  protected ParseOutcome readNext() throws IOException {
    while (true) {
      Framed framed = frame();
      if (framed == null) {
        return null;
      }
      String ref = "line:" + framed.firstLine;
      if (framed.oversize) {
        return ArticleAssembler.reject(inputPath, ref, framed.firstLine, RejectReason.RECORD_TOO_LARGE,
            "the record is longer than " + settings.maxRecordBytes() + " bytes", framed.text.text());
      }
      if (framed.unclosedQuote) {
        return ArticleAssembler.reject(inputPath, ref, framed.firstLine, RejectReason.CSV_UNCLOSED_QUOTE,
            "a quoted field opened in this record is never closed; lines " + framed.firstLine + " to "
                + lines.lineNumber() + " (the end of the file) are lost", framed.text.text());
      }
      String[] values;
      try {
        values = parser.parseLine(framed.text.text());
      } catch (TextParsingException e) {
        return ArticleAssembler.reject(inputPath, ref, framed.firstLine, RejectReason.CSV_FIELD_COUNT,
            "the record cannot be split into fields: " + Issues.describe(e), framed.text.text());
      }
      if (header == null) {
        readHeader(values);
        continue;
      }
      try {
        return toOutcome(values, framed, ref);
      } catch (RuntimeException | StackOverflowError e) {
        return ArticleAssembler.reject(inputPath, ref, framed.firstLine, RejectReason.PARSE_FAILED,
            Issues.describe(e), framed.text.text());
      }
    }
  }

  private void readHeader(String[] values) {
    header = values;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        index.putIfAbsent(values[i].strip().toLowerCase(Locale.ROOT), i);
      }
    }
    fieldColumn = new int[ArticleField.values().length];
    for (ArticleField field : ArticleField.values()) {
      fieldColumn[field.ordinal()] = -1;
      for (String name : settings.fields().namesFor(field)) {
        Integer column = index.get(name);
        if (column != null) {
          fieldColumn[field.ordinal()] = column;
          break;
        }
      }
    }
  }

  private ParseOutcome toOutcome(String[] values, Framed framed, String ref) {
    if (values.length != header.length) {
      return ArticleAssembler.reject(inputPath, ref, framed.firstLine, RejectReason.CSV_FIELD_COUNT,
          "the record has " + values.length + " fields, the header has " + header.length, framed.text.text());
    }
    RawFields raw = new RawFields().raw(framed.text.text()).invalidUtf8(framed.text.invalid());
    for (ArticleField field : ArticleField.values()) {
      int column = fieldColumn[field.ordinal()];
      // CSV cannot say null: an empty cell is an absent value, so an empty text falls back to a description.
      if (column >= 0 && values[column] != null && !values[column].isEmpty()) {
        raw.set(field, values[column]);
      }
    }
    if (fieldColumn[ArticleField.TEXT.ordinal()] < 0 && fieldColumn[ArticleField.DESCRIPTION.ordinal()] < 0) {
      raw.textProblem("the header has no text column (looked for "
          + settings.fields().describe(ArticleField.TEXT) + "; map one with --columns text=NAME)");
    }
    return assembler.assemble(inputPath, raw, ref, framed.firstLine);
  }

  /** One record's bytes, decoded, with where it starts. */
  private static final class Framed {
    long firstLine;
    Utf8.Decoded text;
    boolean oversize;
    boolean unclosedQuote;
  }

  /** Reads lines until the quotes balance; null at the end of the file. */
  private Framed frame() throws IOException {
    record.reset();
    boolean inQuotes = false;
    boolean oversize = false;
    long firstLine = -1;
    while (lines.next()) {
      if (firstLine < 0) {
        if (lines.isBlank()) {
          continue;
        }
        firstLine = lines.lineNumber();
        recordLine = firstLine;
      } else {
        appendByte('\n');
      }
      oversize |= lines.oversize();
      byte[] bytes = lines.bytes();
      for (int i = 0; i < lines.length(); i++) {
        if (bytes[i] == '"') {
          inQuotes = !inQuotes;
        }
      }
      if (record.size() + lines.length() <= settings.maxRecordBytes()) {
        record.write(bytes, 0, lines.length());
      } else {
        oversize = true;
      }
      if (!inQuotes) {
        break;
      }
    }
    if (firstLine < 0) {
      return null;
    }
    Framed framed = new Framed();
    framed.firstLine = firstLine;
    byte[] bytes = record.toByteArray();
    framed.text = Utf8.decode(bytes, 0, bytes.length);
    framed.oversize = oversize;
    framed.unclosedQuote = inQuotes;
    return framed;
  }

  private void appendByte(char c) {
    if (record.size() < settings.maxRecordBytes()) {
      record.write(c);
    }
  }

  @Override
  protected String failureRef() {
    return "line:" + (recordLine > 0 && record.size() > 0 ? recordLine : lines.lineNumber());
  }

  @Override
  protected long failurePosition() {
    return recordLine > 0 && record.size() > 0 ? recordLine : lines.lineNumber();
  }

  @Override
  protected String failureExcerpt() {
    byte[] bytes = record.size() > 0 ? record.toByteArray() : lines.bytes();
    int length = record.size() > 0 ? bytes.length : lines.length();
    return Utf8.decode(bytes, 0, Math.min(length, 800)).text();
  }

  @Override
  protected String emptyDetail() {
    return header == null ? "the file is empty" : "the file holds a header and no records";
  }
}

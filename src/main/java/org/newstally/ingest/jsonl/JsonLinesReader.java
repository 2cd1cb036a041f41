package org.newstally.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
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
 * JSON Lines: one object per line, {@code line:N} refs. Blank lines are not records. Field names are matched
 * case-insensitively against the mapping; numbers and booleans are read as their text; a {@code source} object
 * (as NewsAPI writes it) gives its {@code name}.
 */
public final class JsonLinesReader extends RecordIterator {
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      // Jackson's default cap (20 M chars per string) would report a long article as malformed JSON; the line
      // length limit already bounds memory.
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final LineSource lines;

  public JsonLinesReader(InputStream in, String inputPath, Compression compression, ParseSettings settings) {
    super(inputPath, compression, settings, in);
    this.lines = new LineSource(in, settings.maxRecordBytes());
  }

  @Override
  protected ParseOutcome readNext() throws IOException {
    while (lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      long lineNumber = lines.lineNumber();
      String ref = "line:" + lineNumber;
      if (lines.oversize()) {
        return ArticleAssembler.reject(inputPath, ref, lineNumber, RejectReason.RECORD_TOO_LARGE,
            "the line is longer than " + settings.maxRecordBytes() + " bytes",
            Utf8.decode(lines.bytes(), 0, Math.min(lines.length(), 800)).text());
      }
      Utf8.Decoded line = lines.decode();
      try {
        return parse(line, ref, lineNumber);
      } catch (RuntimeException | StackOverflowError e) {
        return ArticleAssembler.reject(inputPath, ref, lineNumber, RejectReason.PARSE_FAILED, Issues.describe(e),
            line.text());
      }
    }
    return null;
  }

  private ParseOutcome parse(Utf8.Decoded line, String ref, long lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return ArticleAssembler.reject(inputPath, ref, lineNumber, RejectReason.MALFORMED_JSON,
          "not valid JSON: " + e.getOriginalMessage(), line.text());
    }
    if (!node.isObject()) {
      return ArticleAssembler.reject(inputPath, ref, lineNumber, RejectReason.NOT_AN_OBJECT,
          "the line holds a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object",
          line.text());
    }
    Map<String, JsonNode> byName = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byName.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    RawFields raw = new RawFields().raw(line.text()).invalidUtf8(line.invalid());
    for (ArticleField field : ArticleField.values()) {
      JsonNode value = first(byName, field);
      if (value == null) {
        continue;
      }
      if (value.isContainerNode()) {
        if (field == ArticleField.SOURCE && value.path("name").isTextual()) {
          raw.set(field, value.path("name").asText());
        } else if (field == ArticleField.TEXT) {
          raw.textProblem("the text field holds a JSON "
              + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
        }
        continue;
      }
      raw.set(field, value.asText());
    }
    return assembler.assemble(inputPath, raw, ref, lineNumber);
  }

  /** The first of a field's names whose value is not null, preferring one with non-blank text. */
  private JsonNode first(Map<String, JsonNode> byName, ArticleField field) {
    JsonNode blank = null;
    for (String name : settings.fields().namesFor(field)) {
      JsonNode v = byName.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isContainerNode() || !v.asText().isBlank()) {
        return v;
      }
      if (blank == null) {
        blank = v;
      }
    }
    return blank;
  }

  @Override
  protected String failureRef() {
    return "line:" + lines.lineNumber();
  }

  @Override
  protected long failurePosition() {
    return lines.lineNumber();
  }

  @Override
  protected String failureExcerpt() {
    return Utf8.decode(lines.bytes(), 0, Math.min(lines.length(), 800)).text();
  }

  @Override
  protected String emptyDetail() {
    return lines.lineNumber() == 0 ? "the file is empty" : "the file holds only blank lines";
  }
}

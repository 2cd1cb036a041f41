package org.newstally.ingest;

import java.io.BufferedInputStream;
import org.newstally.ingest.csv.CsvReader;
import org.newstally.ingest.html.HtmlFileReader;
import org.newstally.ingest.jsonl.JsonLinesReader;
import org.newstally.ingest.text.TextFileReader;
import org.newstally.ingest.warc.WarcFileReader;
import java.io.IOException;
import java.io.InputStream;

/** Opens the right record reader for a file. Pure Java: the caller supplies the file's raw bytes. */
public final class RecordReaders {
  private RecordReaders() {}

  /**
   * Reads the records of one file from its raw (possibly compressed) bytes. Never throws: a file that cannot even
   * be started (a broken gzip header) yields one rejected record. The iterator closes {@code raw} when it ends.
   */
  public static RecordIterator open(InputStream raw, String inputPath, InputFormat format, Compression compression,
      ParseSettings settings) {
    InputStream tagged = new BufferedInputStream(RawReadException.tagging(raw), 64 * 1024);
    InputStream in;
    try {
      tagged.mark(1);
      boolean empty = tagged.read() < 0;
      tagged.reset();
      boolean jwarcDecompresses = format == InputFormat.WARC && compression == Compression.GZIP;
      // An empty file has no compression header to read; it is reported as empty, not as corrupt. jwarc reads gzip
      // member by member itself, which keeps record offsets meaningful.
      in = empty || jwarcDecompresses ? tagged : compression.decompress(tagged);
    } catch (IOException e) {
      return failedAtStart(tagged, inputPath, compression, settings, e);
    }
    switch (format) {
      case TEXT: return new TextFileReader(in, inputPath, compression, settings);
      case JSONL: return new JsonLinesReader(in, inputPath, compression, settings);
      case CSV: return new CsvReader(in, inputPath, compression, settings);
      case WARC: return new WarcFileReader(in, inputPath, compression, settings);
      case HTML: return new HtmlFileReader(in, inputPath, compression, settings);
      default:
        throw new IllegalArgumentException(format + " files are read by Spark, not record by record");
    }
  }

  /** A file that failed before its first record (a broken compression header, an I/O error). */
  private static RecordIterator failedAtStart(InputStream tagged, String inputPath, Compression compression,
      ParseSettings settings, IOException cause) {
    return new RecordIterator(inputPath, compression, settings, tagged) {
      @Override
      protected ParseOutcome readNext() throws IOException {
        throw cause;
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
    };
  }
}

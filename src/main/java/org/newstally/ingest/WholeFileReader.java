package org.newstally.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file that is one article (a text file, a saved web page): reads it whole, up to the record size limit (a larger
 * file is rejected as too large, not truncated), keeps its first bytes for failure excerpts, and hands the bytes
 * to {@link #parseFile}. An empty file is counted as such, not rejected.
 */
public abstract class WholeFileReader extends RecordIterator {
  private static final int HEAD_BYTES = 800;

  private final InputStream in;
  private final String noun;
  private boolean done;
  private byte[] head = new byte[0];

  /** {@code noun} names what one file holds in the too-large message ("one article", "one page"). */
  protected WholeFileReader(InputStream in, String inputPath, Compression compression, ParseSettings settings,
      String noun) {
    super(inputPath, compression, settings, in);
    this.in = in;
    this.noun = noun;
  }

  /** The outcome of one whole file's bytes. */
  protected abstract ParseOutcome parseFile(byte[] content);

  @Override
  protected final ParseOutcome readNext() throws IOException {
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
      if (head.length < HEAD_BYTES) {
        head = bytes.toByteArray();
      }
    }
    if (total == 0) {
      return null;
    }
    if (total > settings.maxRecordBytes()) {
      return ArticleAssembler.reject(inputPath, "file", 0, RejectReason.RECORD_TOO_LARGE,
          "the file holds " + total + " bytes, more than the " + settings.maxRecordBytes() + " " + noun + " may have",
          failureExcerpt());
    }
    return parseFile(bytes.toByteArray());
  }

  /** The first bytes of the file, for excerpts of failures. */
  protected final byte[] head() {
    return head;
  }

  @Override
  protected String failureExcerpt() {
    return Utf8.decode(head, 0, Math.min(head.length, HEAD_BYTES)).text();
  }

  @Override
  protected final String failureRef() {
    return "file";
  }

  @Override
  protected final long failurePosition() {
    return 0;
  }

  @Override
  protected final String emptyDetail() {
    return "the file is empty";
  }
}

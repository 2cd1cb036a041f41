package org.newstally.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Pulls the records of one file, one at a time, so that no file is ever held in memory whole. Whatever goes wrong
 * while reading ends the file with one rejected record (a corrupt compressed tail, an I/O error, a format the reader
 * cannot follow) and keeps everything read before it; a file that yields nothing gives one empty_file record. So
 * every file yields at least one outcome and the job never stops because of one file.
 */
public abstract class RecordIterator implements Iterator<ParseOutcome>, Closeable {
  protected final String inputPath;
  protected final Compression compression;
  protected final ParseSettings settings;
  protected final ArticleAssembler assembler;
  private final InputStream stream;

  private ParseOutcome next;
  private boolean finished;
  private long emitted;

  protected RecordIterator(String inputPath, Compression compression, ParseSettings settings, InputStream stream) {
    this.inputPath = inputPath;
    this.compression = compression;
    this.settings = settings;
    this.assembler = new ArticleAssembler(settings);
    this.stream = stream;
  }

  /** The next record's outcome, or null at the end of the file. */
  protected abstract ParseOutcome readNext() throws IOException;

  /** Where reading stopped, for the record that reports a failure: {@code line:N}, {@code offset:N} or {@code file}. */
  protected abstract String failureRef();

  /** The position that orders the failure record after the records before it. */
  protected abstract long failurePosition();

  /** Why a file gave no records, for the empty_file detail. */
  protected abstract String emptyDetail();

  /** What an I/O failure while reading means; formats refine it (a WARC parse error is malformed_warc). */
  protected RejectReason reasonFor(IOException e) {
    if (e instanceof RawReadException) {
      return RejectReason.UNREADABLE_FILE;
    }
    return compression != Compression.NONE ? RejectReason.CORRUPT_COMPRESSED : RejectReason.UNREADABLE_FILE;
  }

  /** The start of whatever was being read when a failure struck, for its excerpt. */
  protected String failureExcerpt() {
    return null;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !finished) {
      try {
        next = readNext();
      } catch (IOException e) {
        next = failure(reasonFor(e), e);
      } catch (RuntimeException | StackOverflowError e) {
        next = failure(RejectReason.PARSE_FAILED, e);
      }
      if (next == null) {
        finished = true;
        closeQuietly();
        if (emitted == 0) {
          next = ArticleAssembler.reject(inputPath, "file", 0, RejectReason.EMPTY_FILE, emptyDetail(), null);
        }
      }
    }
    return next != null;
  }

  @Override
  public final ParseOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParseOutcome out = next;
    next = null;
    emitted++;
    return out;
  }

  private ParseOutcome failure(RejectReason reason, Throwable e) {
    finished = true;
    closeQuietly();
    String what = reason == RejectReason.CORRUPT_COMPRESSED ? "the compressed data is corrupt"
        : reason == RejectReason.UNREADABLE_FILE ? "the file could not be read"
        : "the file could not be parsed";
    String where = emitted == 0 ? " from " + failureRef() + " on"
        : " from " + failureRef() + " on; the " + emitted + " records before it are kept";
    return ArticleAssembler.reject(inputPath, failureRef(), failurePosition(), reason,
        what + where + " (" + Issues.describe(e) + ")", failureExcerpt());
  }

  @Override
  public void close() {
    finished = true;
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      stream.close();
    } catch (IOException | RuntimeException e) {
      // Closing a stream that already failed can fail again; the failure itself was already recorded.
    }
  }
}

package org.newstally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without decoding, so that each line can be checked for invalid UTF-8 on its own
 * and a corrupt tail loses only the line it cuts. Splitting on the byte 0x0A is safe in UTF-8: it never occurs inside
 * a multi-byte character. A trailing CR is dropped; a UTF-8 byte order mark at the start of the stream is skipped.
 * Lines longer than the limit are consumed but only their first bytes are kept, and flagged.
 */
public final class LineSource {
  private final InputStream in;
  private final int maxLineBytes;
  // Small reads keep what a corrupt compressed tail destroys small: a decompressor that fails mid-call returns
  // nothing of that call.
  private final byte[] buffer = new byte[8 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private boolean started;

  private byte[] line = new byte[4096];
  private int length;
  private long lineLength;
  private long lineNumber;

  public LineSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line; false at the end of the stream. When this throws, {@link #lineNumber()} is the line that
   * could not be read and {@link #bytes()} holds what was read of it.
   */
  public boolean next() throws IOException {
    length = 0;
    lineLength = 0;
    // Counted before the first read, so that a failure while reading names the line it destroyed.
    lineNumber++;
    if (!fill()) {
      lineNumber--;
      return false;
    }
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      int newline = indexOf((byte) '\n', position, limit);
      int end = newline < 0 ? limit : newline;
      append(position, end);
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (length > 0 && line[length - 1] == '\r' && lineLength <= maxLineBytes) {
      length--;
      lineLength--;
    }
    return true;
  }

  /** 1-based number of the current line. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The line's bytes (the first {@link #length()} are valid); only a prefix when {@link #oversize()}. */
  public byte[] bytes() {
    return line;
  }

  public int length() {
    return length;
  }

  /** The line was longer than the limit and only its start was kept. */
  public boolean oversize() {
    return lineLength > maxLineBytes;
  }

  /** Whether the line holds only spaces and tabs (or nothing). */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return !oversize();
  }

  /** The line decoded, with U+FFFD for invalid bytes. */
  public Utf8.Decoded decode() {
    return Utf8.decode(line, 0, length);
  }

  private void append(int from, int to) {
    int n = to - from;
    lineLength += n;
    int room = maxLineBytes - length;
    int copy = Math.max(0, Math.min(n, room));
    if (copy > 0) {
      if (length + copy > line.length) {
        line = Arrays.copyOf(line, (int) Math.min((long) maxLineBytes, Math.max(2L * line.length, length + copy)));
      }
      System.arraycopy(buffer, from, line, length, copy);
      length += copy;
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (limit - position < 3 && !eof) {
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      }
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
        && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
    }
  }

  /** Makes sure there are unread bytes; false at the end of the stream. */
  private boolean fill() throws IOException {
    while (position == limit) {
      if (eof) {
        return false;
      }
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      position = 0;
      limit = n;
    }
    return true;
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }
}

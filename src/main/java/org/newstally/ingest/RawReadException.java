package org.newstally.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An I/O error of the file system itself, as opposed to one raised by a decompressor or parser reading from it. The
 * distinction decides between unreadable_file and corrupt_compressed.
 */
public final class RawReadException extends IOException {
  private static final long serialVersionUID = 1L;

  RawReadException(IOException cause) {
    super(Issues.describe(cause), cause);
  }

  /** Wraps a file system stream so its errors are recognisable after passing through decompressors and parsers. */
  static InputStream tagging(InputStream raw) {
    return new FilterInputStream(raw) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new RawReadException(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new RawReadException(e);
        }
      }

      @Override
      public long skip(long n) throws IOException {
        try {
          return super.skip(n);
        } catch (IOException e) {
          throw new RawReadException(e);
        }
      }
    };
  }
}

package org.newstally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Whole-file compression, told by the file name's last extension. */
public enum Compression {
  NONE(""),
  GZIP(".gz"),
  BZIP2(".bz2");

  private final String suffix;

  Compression(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }

  public static Compression of(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(GZIP.suffix)) {
      return GZIP;
    }
    if (lower.endsWith(BZIP2.suffix)) {
      return BZIP2;
    }
    return NONE;
  }

  /** The name without this compression's suffix. */
  String strip(String name) {
    return name.substring(0, name.length() - suffix.length());
  }

  /**
   * Wraps a raw stream, which must support mark and reset. Concatenated members (as gzip and bzip2 write them when
   * files are appended) are read as one stream.
   */
  InputStream decompress(InputStream raw) throws IOException {
    switch (this) {
      case GZIP: return new GzipMembers(raw);
      case BZIP2: return new BZip2CompressorInputStream(raw, true);
      default: return raw;
    }
  }

  /**
   * Gzip members one after the other, each read to its end before the next is started. commons-compress's own
   * concatenated mode runs on into the next member within one read call, so a corrupt member would take the end of
   * the intact member before it down with it; here a read never spans two members.
   */
  private static final class GzipMembers extends InputStream {
    private final InputStream in;
    private GzipCompressorInputStream member;

    GzipMembers(InputStream in) throws IOException {
      this.in = in;
      // With mark support the decompressor rewinds its input to just after the member's trailer.
      this.member = new GzipCompressorInputStream(in, false);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (true) {
        int n = member.read(b, off, len);
        if (n != -1) {
          return n;
        }
        in.mark(1);
        if (in.read() < 0) {
          return -1;
        }
        in.reset();
        member = new GzipCompressorInputStream(in, false);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

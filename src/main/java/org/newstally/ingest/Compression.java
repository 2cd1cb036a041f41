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
   * Wraps a raw stream. Concatenated members are read as one stream, as gzip and bzip2 tools write them when files
   * are appended.
   */
  InputStream decompress(InputStream raw) throws IOException {
    switch (this) {
      case GZIP: return new GzipCompressorInputStream(raw, true);
      case BZIP2: return new BZip2CompressorInputStream(raw, true);
      default: return raw;
    }
  }
}

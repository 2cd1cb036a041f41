package org.newstally.ingest;

import java.io.Serializable;
import java.util.Objects;

/** One input file as {@link ArticleReader#resolve} found it: qualified path, format, compression and size. */
public final class ResolvedInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final InputFormat format;
  private final Compression compression;
  private final long size;

  public ResolvedInput(String path, InputFormat format, Compression compression, long size) {
    this.path = path;
    this.format = format;
    this.compression = compression;
    this.size = size;
  }

  /** The fully qualified path (e.g. {@code file:/data/a.jsonl}, {@code hdfs://nn/x.warc.gz}); the input_path column. */
  public String path() {
    return path;
  }

  public InputFormat format() {
    return format;
  }

  public Compression compression() {
    return compression;
  }

  /** Size in bytes as stored (compressed). */
  public long size() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ResolvedInput)) return false;
    ResolvedInput that = (ResolvedInput) o;
    return size == that.size && path.equals(that.path) && format == that.format && compression == that.compression;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, format, compression, size);
  }

  @Override
  public String toString() {
    return path + " (" + format + (compression == Compression.NONE ? "" : ", " + compression) + ", " + size + " bytes)";
  }
}

package org.newstally.ingest;

import java.util.Locale;

/** The input formats the reader understands. A file's format is told by its name unless --format is given. */
public enum InputFormat {
  /** one article per file, with an optional {@code key: value} header */
  TEXT,
  /** one JSON object per line */
  JSONL,
  /** comma-separated, with a header row */
  CSV,
  /** Parquet files read by Spark */
  PARQUET,
  /** WARC (as in CC-NEWS): HTML response records become articles */
  WARC,
  /** one web page per file (.html, .htm): its main text, title, URL and date become one article */
  HTML;

  /**
   * The format of a file from its name, ignoring a trailing .gz or .bz2.
   *
   * @throws IllegalArgumentException when the name does not tell (the message lists the known endings)
   */
  public static InputFormat detect(String path) {
    String name = fileName(path).toLowerCase(Locale.ROOT);
    Compression compression = Compression.of(name);
    String bare = compression.strip(name);
    InputFormat format = null;
    if (bare.endsWith(".txt")) {
      format = TEXT;
    } else if (bare.endsWith(".jsonl") || bare.endsWith(".json") || bare.endsWith(".ndjson")) {
      format = JSONL;
    } else if (bare.endsWith(".csv")) {
      format = CSV;
    } else if (bare.endsWith(".parquet")) {
      format = PARQUET;
    } else if (bare.endsWith(".warc")) {
      format = WARC;
    } else if (bare.endsWith(".html") || bare.endsWith(".htm")) {
      format = HTML;
    }
    if (format == null) {
      throw new IllegalArgumentException("cannot tell the format of " + path + " from its name (known endings: "
          + ".txt .jsonl .json .ndjson .csv .parquet .warc .html .htm, each optionally followed by .gz or .bz2); "
          + "rename it or give the format explicitly");
    }
    if (format == PARQUET && compression != Compression.NONE) {
      throw new IllegalArgumentException(path + ": Parquet files compress their pages themselves and cannot be read "
          + "through " + compression.suffix() + "; decompress the file first");
    }
    return format;
  }

  /** Parses a format name as a user would type it: text|txt, jsonl|json|ndjson, csv, parquet, warc, html|htm. */
  public static InputFormat fromName(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "text": case "txt": return TEXT;
      case "jsonl": case "json": case "ndjson": return JSONL;
      case "csv": return CSV;
      case "parquet": return PARQUET;
      case "warc": return WARC;
      case "html": case "htm": return HTML;
      default:
        throw new IllegalArgumentException("unknown input format '" + name
            + "' (choose text, jsonl, csv, parquet, warc or html)");
    }
  }

  private static String fileName(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }
}

package org.newstally.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where lexicon files come from: a folder given with --lexicons, or the copy of data/lexicons packaged in the jar
 * (so spark-submit on a cluster needs no extra files). Reads happen on the driver only; the parsed lexicons are
 * broadcast. Every file read is fed into one SHA-256 that identifies the vocabulary of a run.
 */
public final class LexiconSource {
  /** Classpath folder holding the packaged copy of data/lexicons. */
  public static final String CLASSPATH_DIR = "lexicons/";

  private final Path dir;
  private final Map<String, String> read = new LinkedHashMap<>();

  private LexiconSource(Path dir) {
    this.dir = dir;
  }

  /** The packaged lexicons. */
  public static LexiconSource packaged() {
    return new LexiconSource(null);
  }

  /** Lexicons from a local folder. */
  public static LexiconSource folder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new LexiconException("lexicon folder " + dir + " does not exist (give --lexicons a folder like data/lexicons)");
    }
    return new LexiconSource(dir);
  }

  /** Reads one file by name, e.g. "actors.tsv". */
  public String read(String name) {
    String content;
    try {
      if (dir != null) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
          throw new LexiconException("lexicon file " + p + " is missing");
        }
        content = Files.readString(p, StandardCharsets.UTF_8);
      } else {
        try (InputStream in = LexiconSource.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name)) {
          if (in == null) {
            throw new LexiconException("lexicon " + name + " is not packaged in the jar (rebuild with mvn package)");
          }
          content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new LexiconException("cannot read lexicon " + name + ": " + e.getMessage(), e);
    }
    read.put(name, content);
    return content;
  }

  /** Reads and parses one TSV file, checking its required columns. */
  public TsvTable table(String name, String... requiredColumns) {
    return TsvTable.parse(describe(name), read(name), requiredColumns);
  }

  private String describe(String name) {
    return dir != null ? dir.resolve(name).toString() : CLASSPATH_DIR + name;
  }

  /** SHA-256 over the names and contents of every file read so far, in read order. */
  public String hash() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : read.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder, or null for the packaged copy. */
  public Path folder() {
    return dir;
  }

  /** Convenience for tests and tools: the project's data/lexicons when run from the checkout. */
  public static LexiconSource projectFolder() {
    return folder(Paths.get("data", "lexicons"));
  }
}

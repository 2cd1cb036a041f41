package org.newstally.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon whose first column is a phrase and whose other columns describe it (strike_terms.tsv, weapons.tsv,
 * roles.tsv, places.tsv, sides.tsv, meeting_terms.tsv, given_names.tsv). Validates that a phrase is listed once
 * (compared case-insensitively, or exactly when the file is case-sensitive) and that a column restricted to a
 * set of values holds one of them. The phrases are matched on Spark NLP tokens by nlp.PhraseMatcher.
 */
public final class PhraseTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One phrase with its other columns. */
  public static final class Entry implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String phrase;
    private final Map<String, String> fields;

    Entry(String phrase, Map<String, String> fields) {
      this.phrase = phrase;
      this.fields = fields;
    }

    public String phrase() { return phrase; }

    /** A column's value; empty string when empty. */
    public String get(String column) {
      String v = fields.get(column);
      return v == null ? "" : v;
    }

    @Override
    public String toString() {
      return phrase + fields;
    }
  }

  private final String file;
  private final boolean caseSensitive;
  private final List<Entry> entries;

  private PhraseTable(String file, boolean caseSensitive, List<Entry> entries) {
    this.file = file;
    this.caseSensitive = caseSensitive;
    this.entries = entries;
  }

  /**
   * Loads {@code file}: its first column, {@code phraseColumn}, is the phrase; {@code allowed} restricts columns to
   * sets of values (column name → allowed values).
   */
  public static PhraseTable load(LexiconSource source, String file, String phraseColumn, boolean caseSensitive,
      Map<String, Set<String>> allowed, String... otherColumns) {
    String[] required = new String[otherColumns.length + 1];
    required[0] = phraseColumn;
    System.arraycopy(otherColumns, 0, required, 1, otherColumns.length);
    TsvTable table = source.table(file, required);
    List<Entry> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (TsvTable.Row row : table.rows()) {
      String phrase = row.get(phraseColumn).replaceAll("\\s+", " ");
      String key = caseSensitive ? phrase : phrase.toLowerCase(Locale.ROOT);
      String previous = seen.put(key, row.where());
      if (previous != null) {
        throw row.error("'" + phrase + "' is listed twice (first at " + previous + "); keep one entry");
      }
      Map<String, String> fields = new HashMap<>();
      for (String column : otherColumns) {
        String value = row.opt(column);
        Set<String> ok = allowed.get(column);
        if (ok != null && !ok.contains(value)) {
          throw row.error("column '" + column + "' is '" + value + "'; allowed: " + ok);
        }
        fields.put(column, value);
      }
      entries.add(new Entry(phrase, fields));
    }
    return new PhraseTable(table.file(), caseSensitive, Collections.unmodifiableList(entries));
  }

  public String file() { return file; }

  public boolean caseSensitive() { return caseSensitive; }

  public List<Entry> entries() { return entries; }
}

package org.newstally.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The article fields an input record can carry, with the names each is found under when no column mapping is given.
 * The first name that holds a non-blank value wins. Names are matched case-insensitively.
 */
public enum ArticleField {
  ID("id", "article_id"),
  URL("url", "link"),
  PUBLISHED("published", "date_publish", "date", "published_at", "publishedat"),
  SOURCE("source", "source_domain", "outlet"),
  TITLE("title", "headline"),
  TEXT("text", "maintext", "body", "content"),
  /** only used when there is no text: a crawler's summary, kept with a description_only warning */
  DESCRIPTION("description");

  private final List<String> aliases;

  ArticleField(String... aliases) {
    this.aliases = Collections.unmodifiableList(Arrays.asList(aliases));
  }

  /** The name used in --columns, e.g. {@code text}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Lower-case names looked up when the field is not mapped, in order of preference. */
  public List<String> aliases() {
    return aliases;
  }

  /** The field a --columns key names, or null. */
  static ArticleField fromKey(String key) {
    for (ArticleField f : values()) {
      if (f.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }

  /** The field a (header or input) name is an alias of, or null. */
  public static ArticleField fromAlias(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    for (ArticleField f : values()) {
      if (f.aliases.contains(lower)) {
        return f;
      }
    }
    return null;
  }
}

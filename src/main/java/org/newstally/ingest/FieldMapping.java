package org.newstally.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which input names are looked up for each article field: the --columns mapping where given (that name only), the
 * field's aliases otherwise. All names are lower case; inputs are matched case-insensitively.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final EnumMap<ArticleField, String> mapped;

  private FieldMapping(EnumMap<ArticleField, String> mapped) {
    this.mapped = mapped;
  }

  /** The default names only. */
  public static FieldMapping defaults() {
    return new FieldMapping(new EnumMap<>(ArticleField.class));
  }

  /**
   * A mapping from --columns, e.g. {@code {text=body, published=pub_date}}.
   *
   * @throws IllegalArgumentException for a key that is not an article field or an empty column name
   */
  public static FieldMapping of(Map<String, String> columns) {
    EnumMap<ArticleField, String> mapped = new EnumMap<>(ArticleField.class);
    if (columns != null) {
      for (Map.Entry<String, String> e : columns.entrySet()) {
        ArticleField field = ArticleField.fromKey(e.getKey());
        if (field == null) {
          throw new IllegalArgumentException("--columns: '" + e.getKey() + "' is not an article field (use one of "
              + Arrays.stream(ArticleField.values()).map(ArticleField::key).collect(Collectors.joining(", "))
              + ", as in text=body)");
        }
        if (e.getValue() == null || e.getValue().isBlank()) {
          throw new IllegalArgumentException("--columns: no column name given for '" + e.getKey() + "' (write "
              + e.getKey() + "=NAME)");
        }
        mapped.put(field, e.getValue().trim().toLowerCase(Locale.ROOT));
      }
    }
    return new FieldMapping(mapped);
  }

  /** The lower-case names to look up for a field, in order of preference. */
  public List<String> namesFor(ArticleField field) {
    String name = mapped.get(field);
    return name != null ? Collections.singletonList(name) : field.aliases();
  }

  /** Whether --columns names the field. */
  public boolean isMapped(ArticleField field) {
    return mapped.containsKey(field);
  }

  /** The names looked up for a field, for messages. */
  public String describe(ArticleField field) {
    return String.join(", ", namesFor(field));
  }
}

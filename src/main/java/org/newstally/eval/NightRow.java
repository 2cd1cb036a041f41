package org.newstally.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code strikes_per_night} as the evaluator needs it: the night, the sides, the reconciled figure per
 * {@link FigureKind} (absent when the table holds null) and the reporting articles.
 */
public record NightRow(
    LocalDate nightEnd,
    String attacker,
    String target,
    Map<FigureKind, Long> figures,
    List<String> articleIds) {

  public NightRow {
    Map<FigureKind, Long> copy = new EnumMap<>(FigureKind.class);
    figures.forEach((kind, value) -> {
      if (value != null) {
        copy.put(kind, value);
      }
    });
    figures = Collections.unmodifiableMap(copy);
    articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
  }

  /** The reconciled figure, null when the table has none. */
  public Long figure(FigureKind kind) {
    return figures.get(kind);
  }
}

package org.newstally.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A corpus's own per-night reference: one row per night with the Russia → Ukraine launch figures that the corpus's
 * authors take as that night's consensus (the real-dev set ships it as {@code nights.csv}). Unlike
 * {@link NightConsensus}, which derives a value from the gold records by a rule of ours, this is the set's own
 * answer, so a tie between two articles is settled the way the set settled it, not by our tie-break.
 *
 * <p>The file is CSV with a header. Required columns: {@code night_end} (ISO date), {@code drones_launched},
 * {@code missiles_launched} (an empty cell means the night has no reference for that figure). Optional:
 * {@code article_ids} (space-separated, for the report) and {@code reference_only} ({@code yes} when the night is
 * known only from back references). Other columns are ignored. Cells hold no commas, so no quoting is read.
 */
public final class ReferenceNights {
  private static final Set<String> REQUIRED = Set.of("night_end", "drones_launched", "missiles_launched");

  /** One reference night; a null figure is one the reference does not give. */
  public record Night(LocalDate nightEnd, Long dronesLaunched, Long missilesLaunched, List<String> articleIds,
      boolean referenceOnly) {
    public Night {
      articleIds = List.copyOf(articleIds);
    }

    /** The figures this night is scored on, in {@link FigureKind} order. */
    public Map<FigureKind, Long> figures() {
      Map<FigureKind, Long> figures = new TreeMap<>();
      if (dronesLaunched != null) {
        figures.put(FigureKind.DRONES_LAUNCHED, dronesLaunched);
      }
      if (missilesLaunched != null) {
        figures.put(FigureKind.MISSILES_LAUNCHED, missilesLaunched);
      }
      return figures;
    }
  }

  private final List<Night> nights;

  private ReferenceNights(List<Night> nights) {
    this.nights = List.copyOf(nights);
  }

  public List<Night> nights() {
    return nights;
  }

  public static ReferenceNights read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference nights " + file, e);
    }
    return parse(file.toString(), lines);
  }

  /** Parses the lines of a reference file; {@code name} is only for messages. */
  public static ReferenceNights parse(String name, List<String> lines) {
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new GoldFormatException(name + ": empty, expected a header line with " + REQUIRED);
    }
    Map<String, Integer> column = new HashMap<>();
    String[] header = lines.get(0).strip().split(",", -1);
    for (int i = 0; i < header.length; i++) {
      column.put(header[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : REQUIRED) {
      if (!column.containsKey(required)) {
        throw new GoldFormatException(name + ": the header lacks the column " + required + " (has "
            + Arrays.toString(header) + ")");
      }
    }
    List<Night> nights = new ArrayList<>();
    Set<LocalDate> seen = new java.util.HashSet<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String where = name + " line " + (n + 1);
      String[] cells = line.split(",", -1);
      if (cells.length != header.length) {
        throw new GoldFormatException(where + ": " + cells.length + " cells, the header has " + header.length);
      }
      LocalDate night;
      try {
        night = LocalDate.parse(cells[column.get("night_end")].strip());
      } catch (DateTimeParseException e) {
        throw new GoldFormatException(where + ": night_end is not an ISO date: '" + cells[column.get("night_end")]
            + "'", e);
      }
      if (!seen.add(night)) {
        throw new GoldFormatException(where + ": night " + night + " is given twice");
      }
      Long drones = count(cells[column.get("drones_launched")], where, "drones_launched");
      Long missiles = count(cells[column.get("missiles_launched")], where, "missiles_launched");
      List<String> articles = column.containsKey("article_ids")
          ? Arrays.stream(cells[column.get("article_ids")].strip().split("\\s+")).filter(s -> !s.isEmpty()).toList()
          : List.of();
      boolean referenceOnly = column.containsKey("reference_only")
          && "yes".equalsIgnoreCase(cells[column.get("reference_only")].strip());
      nights.add(new Night(night, drones, missiles, articles, referenceOnly));
    }
    return new ReferenceNights(nights);
  }

  private static Long count(String cell, String where, String field) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value < 0) {
        throw new GoldFormatException(where + ": " + field + " is negative: " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new GoldFormatException(where + ": " + field + " is not a whole number: '" + text + "'", e);
    }
  }
}

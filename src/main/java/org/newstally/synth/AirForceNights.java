package org.newstally.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Real per-night figures from the Ukrainian Air Force per-attack CSV ("Massive Missile Attacks on Ukraine"): one
 * row is one weapon model in one attack window. A night is the date of {@code time_end}; drones and missiles are
 * the sums of the UAV and missile rows ending that day, classified by the {@code missiles_and_uavs.csv} that sits
 * next to the figures file. Rows whose {@code time_end} has no clock time are regional commands whose figures
 * overlap the national ones, so they are left out.
 */
public final class AirForceNights implements NightSource {
  /** The model categories file, looked for next to the figures CSV. */
  public static final String CATEGORIES_FILE = "missiles_and_uavs.csv";
  /** Nights with fewer launches than this are too small to make a national strike story. */
  public static final int MIN_LAUNCHED = 10;

  private static final Logger LOG = LogManager.getLogger(AirForceNights.class);
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");

  private final List<Night> nights;
  private final String description;

  private AirForceNights(List<Night> nights, String description) {
    this.nights = List.copyOf(nights);
    this.description = description;
  }

  /** Reads the figures CSV and its categories file once and builds the nights. */
  public static AirForceNights load(Path figures) {
    Path categoriesFile = figures.toAbsolutePath().resolveSibling(CATEGORIES_FILE);
    if (!Files.isRegularFile(figures)) {
      throw new IllegalArgumentException("figures file " + figures + " does not exist");
    }
    if (!Files.isRegularFile(categoriesFile)) {
      throw new IllegalArgumentException("model categories file " + categoriesFile
          + " is missing: put the dataset's " + CATEGORIES_FILE + " next to " + figures.getFileName());
    }
    Map<String, String> categories = readCategories(categoriesFile);
    return fromRows(figures.toString(), readLines(figures), categories);
  }

  /** Builds the nights from the lines of the figures CSV (header first) and a model → category map. */
  static AirForceNights fromRows(String name, List<String> lines, Map<String, String> categories) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    Map<String, Integer> column = header(name, lines.get(0),
        "time_end", "model", "launched", "destroyed", "not_reach_goal");
    Map<LocalDate, NightTotals> byNight = new TreeMap<>();
    int regional = 0;
    Map<String, Integer> unclassified = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = name + " line " + (i + 1);
      List<String> cells = CsvLines.split(line, where);
      String timeEnd = cell(cells, column, "time_end").trim();
      if (!CLOCK.matcher(timeEnd).find()) {
        regional++;
        continue;
      }
      String model = cell(cells, column, "model").trim();
      String category = category(model, categories);
      boolean drone = "UAV".equals(category);
      boolean missile = category != null && category.contains("missile") || "surface-to-air and ballistic".equals(category);
      if (!drone && !missile) {
        unclassified.merge(model, 1, Integer::sum);
        continue;
      }
      LocalDate night = date(timeEnd, where);
      int launched = count(cell(cells, column, "launched"), where);
      int destroyed = count(cell(cells, column, "destroyed"), where);
      NightTotals totals = byNight.computeIfAbsent(night, d -> new NightTotals());
      if (drone) {
        totals.drones += launched;
        totals.dronesDowned += destroyed;
        totals.jammed += count(cell(cells, column, "not_reach_goal"), where);
      } else {
        totals.add(model, category, launched, destroyed);
      }
    }
    List<Night> nights = new ArrayList<>();
    for (Map.Entry<LocalDate, NightTotals> e : byNight.entrySet()) {
      Night night = e.getValue().toNight(e.getKey());
      if (night.launched() >= MIN_LAUNCHED) {
        nights.add(night);
      }
    }
    if (nights.isEmpty()) {
      throw new IllegalArgumentException(name + " yields no night with at least " + MIN_LAUNCHED
          + " launches: is it the Air Force per-attack CSV (time_end, model, launched, destroyed)?");
    }
    LOG.info("{}: {} nights from {} to {}; {} regional rows without clock time left out; models neither UAV nor "
        + "missile left out: {}", name, nights.size(), nights.get(0).nightEnd(),
        nights.get(nights.size() - 1).nightEnd(), regional, unclassified);
    return new AirForceNights(nights, "Air Force figures " + name + " (" + nights.size() + " nights)");
  }

  /**
   * The category of a model, or of a combined label not listed in the file ("Iskander-M and Iskander-K") from its
   * parts; null when some part is unknown.
   */
  static String category(String model, Map<String, String> categories) {
    String direct = categories.get(model);
    if (direct != null) {
      return direct;
    }
    String combined = null;
    for (String part : model.split(" and ")) {
      String c = categories.get(part.trim());
      if (c == null) {
        return null;
      }
      if (combined == null || combined.equals(c)) {
        combined = c;
      } else {
        combined = "UAV".equals(c) || "UAV".equals(combined) ? null : "missile";
        if (combined == null) {
          return null;
        }
      }
    }
    return combined;
  }

  private static Map<String, String> readCategories(Path file) {
    List<String> lines = readLines(file);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    Map<String, Integer> column = header(file.toString(), lines.get(0), "model", "category");
    Map<String, String> categories = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = CsvLines.split(lines.get(i), file + " line " + (i + 1));
      categories.put(cell(cells, column, "model").trim(), cell(cells, column, "category").trim());
    }
    return categories;
  }

  private static List<String> readLines(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> header(String name, String line, String... required) {
    Map<String, Integer> column = new HashMap<>();
    List<String> names = CsvLines.split(line, name + " header");
    for (int i = 0; i < names.size(); i++) {
      column.put(names.get(i).trim(), i);
    }
    for (String r : required) {
      if (!column.containsKey(r)) {
        throw new IllegalArgumentException(name + " has no column '" + r + "' (header: " + line + ")");
      }
    }
    return column;
  }

  private static String cell(List<String> cells, Map<String, Integer> column, String name) {
    int i = column.get(name);
    return i < cells.size() ? cells.get(i) : "";
  }

  private static LocalDate date(String timeEnd, String where) {
    try {
      return LocalDate.parse(timeEnd.substring(0, 10));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(where + ": time_end '" + timeEnd + "' does not start with a YYYY-MM-DD date");
    }
  }

  private static int count(String value, String where) {
    String v = value.trim();
    if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
      return 0;
    }
    try {
      return (int) Math.round(Double.parseDouble(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": '" + value + "' is not a count");
    }
  }

  /** Running sums of one night while the rows are read. */
  private static final class NightTotals {
    int drones;
    int dronesDowned;
    int jammed;
    final Map<String, int[]> missilesByModel = new LinkedHashMap<>();
    final Map<String, String> categoryByModel = new HashMap<>();

    void add(String model, String category, int launched, int destroyed) {
      int[] sums = missilesByModel.computeIfAbsent(model, m -> new int[2]);
      sums[0] += launched;
      sums[1] += destroyed;
      categoryByModel.put(model, category);
    }

    Night toNight(LocalDate date) {
      List<Night.MissileCount> types = new ArrayList<>();
      int missiles = 0;
      int missilesDowned = 0;
      for (Map.Entry<String, int[]> e : missilesByModel.entrySet()) {
        int launched = e.getValue()[0];
        int downed = e.getValue()[1];
        missiles += launched;
        missilesDowned += downed;
        if (launched > 0) {
          types.add(MissileTypes.count(e.getKey(), categoryByModel.get(e.getKey()), launched, downed));
        }
      }
      types.sort(Comparator.comparingInt(Night.MissileCount::launched).reversed()
          .thenComparing(Night.MissileCount::key));
      return new Night(date, drones, missiles, dronesDowned, missilesDowned, jammed, types);
    }
  }

  @Override
  public int size() {
    return nights.size();
  }

  @Override
  public Night night(int index) {
    return nights.get(index);
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AirForceNights[%d nights]", nights.size());
  }
}

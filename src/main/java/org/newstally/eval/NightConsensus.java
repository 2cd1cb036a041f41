package org.newstally.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gold figure of each (night, figure): what the gold records of that night agree on. Only records with a
 * {@code night_end} take part (back-references included), and only those of the Russia → Ukraine scope the gold
 * annotates. The chosen value is the one the most records give; a tie goes to the value more records give with the
 * qualifier exact; a remaining tie goes to the larger value (and says so in {@link Figure#rule()}).
 *
 * <p>A night's combined launch figure is a record's {@code total_launched} when it states one, else its drones plus
 * its missiles when it gives both, because that is how {@code strikes_per_night.total_launched} is defined.
 */
public final class NightConsensus {
  public static final String UNANIMOUS = "unanimous";
  public static final String MAJORITY = "majority";
  public static final String TIE_MORE_EXACT = "tie, more exact records";
  public static final String TIE_LARGER_VALUE = "tie, larger value";

  /**
   * The gold figure of one night.
   *
   * @param records records of the night that give this figure
   * @param agreeing records that give the chosen value
   * @param articleIds the articles behind the agreeing records
   * @param valuesSeen every value given, with how many records give it
   * @param rule how the value was chosen: unanimous, majority, or which tie-break
   */
  public record Figure(
      LocalDate night,
      FigureKind kind,
      long value,
      int records,
      int agreeing,
      List<String> articleIds,
      Map<Long, Integer> valuesSeen,
      String rule) {}

  private NightConsensus() {}

  /** The gold nights in date order, each with its figures in {@link FigureKind} order. */
  public static Map<LocalDate, List<Figure>> of(Gold gold) {
    Map<LocalDate, Map<FigureKind, Map<Long, Votes>>> votes = new TreeMap<>();
    for (GoldArticle article : gold.articles()) {
      for (GoldStrike strike : article.strikes()) {
        if (strike.nightEnd() == null || !Scope.isRussiaOnUkraine(strike.attacker(), strike.target())) {
          continue;
        }
        Map<FigureKind, Map<Long, Votes>> night = votes.computeIfAbsent(strike.nightEnd(), d -> new TreeMap<>());
        for (FigureKind kind : FigureKind.values()) {
          Long value = nightValue(strike, kind);
          if (value != null) {
            night.computeIfAbsent(kind, k -> new TreeMap<>())
                .computeIfAbsent(value, v -> new Votes())
                .add(article.id(), GoldStrike.EXACT.equals(nightQualifier(strike, kind)));
          }
        }
      }
    }
    Map<LocalDate, List<Figure>> nights = new TreeMap<>();
    votes.forEach((night, byKind) -> {
      List<Figure> figures = new ArrayList<>();
      byKind.forEach((kind, byValue) -> figures.add(choose(night, kind, byValue)));
      nights.put(night, List.copyOf(figures));
    });
    return nights;
  }

  private static Figure choose(LocalDate night, FigureKind kind, Map<Long, Votes> byValue) {
    Comparator<Map.Entry<Long, Votes>> preference = Comparator
        .comparingInt((Map.Entry<Long, Votes> e) -> e.getValue().records)
        .thenComparingInt(e -> e.getValue().exactRecords)
        .thenComparingLong(Map.Entry::getKey);
    List<Map.Entry<Long, Votes>> ranked = new ArrayList<>(byValue.entrySet());
    ranked.sort(preference.reversed());
    Map.Entry<Long, Votes> best = ranked.get(0);
    String rule;
    if (ranked.size() == 1) {
      rule = UNANIMOUS;
    } else {
      Votes runnerUp = ranked.get(1).getValue();
      if (best.getValue().records > runnerUp.records) {
        rule = MAJORITY;
      } else if (best.getValue().exactRecords > runnerUp.exactRecords) {
        rule = TIE_MORE_EXACT;
      } else {
        rule = TIE_LARGER_VALUE;
      }
    }
    int records = 0;
    Map<Long, Integer> valuesSeen = new TreeMap<>();
    for (Map.Entry<Long, Votes> e : byValue.entrySet()) {
      records += e.getValue().records;
      valuesSeen.put(e.getKey(), e.getValue().records);
    }
    return new Figure(night, kind, best.getKey(), records, best.getValue().records,
        List.copyOf(best.getValue().articleIds), valuesSeen, rule);
  }

  /** The record's figure for the night table, deriving the combined launch figure as the table does. */
  static Long nightValue(GoldStrike strike, FigureKind kind) {
    if (kind == FigureKind.TOTAL_LAUNCHED && strike.totalLaunched() == null
        && strike.dronesLaunched() != null && strike.missilesLaunched() != null) {
      return strike.dronesLaunched() + strike.missilesLaunched();
    }
    return strike.value(kind);
  }

  /** A derived total is as hedged as the less precise of its parts. */
  static String nightQualifier(GoldStrike strike, FigureKind kind) {
    if (kind == FigureKind.TOTAL_LAUNCHED && strike.totalLaunched() == null) {
      String drones = strike.qualifier(FigureKind.DRONES_LAUNCHED);
      return GoldStrike.EXACT.equals(drones) ? strike.qualifier(FigureKind.MISSILES_LAUNCHED) : drones;
    }
    return strike.qualifier(kind);
  }

  private static final class Votes {
    private int records;
    private int exactRecords;
    private final TreeSet<String> articleIds = new TreeSet<>();

    void add(String articleId, boolean exact) {
      records++;
      if (exact) {
        exactRecords++;
      }
      articleIds.add(articleId);
    }
  }
}

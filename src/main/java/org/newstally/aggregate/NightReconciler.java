package org.newstally.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reconciles the figures that several articles report for one night into one value per measure — never a sum of
 * reports. The rule, per (weapon, measure):
 * <ol>
 *   <li>if any report is exact, the exact value reported by the most distinct sources wins; ties go to the value the
 *       Ukrainian Air Force is cited for, then to the value in more articles, then to the larger value (later tallies
 *       are revised upwards more often than down);</li>
 *   <li>otherwise the hedged value reported by the most sources wins, with its most frequent hedge;</li>
 *   <li>a measure is conflicting when some report contradicts the chosen value: another exact value, or a hedge the
 *       value does not satisfy ("more than 590" is consistent with 596; "nearly 580" with 579; "about 500" within
 *       10 %).</li>
 * </ol>
 * The combined total is the reported "drones and missiles" figure, or drones + missiles when both are known.
 */
public final class NightReconciler {

  /** One figure as one article reported it. */
  public static final class Report implements Serializable {
    private static final long serialVersionUID = 1L;
    final String weapon;
    final String measure;
    final long value;
    final String qualifier;
    final String source;
    final String attribution;
    final String articleId;

    public Report(String weapon, String measure, long value, String qualifier, String source, String attribution,
        String articleId) {
      this.weapon = weapon;
      this.measure = measure;
      this.value = value;
      this.qualifier = qualifier == null ? "exact" : qualifier;
      this.source = source == null ? articleId : source;
      this.attribution = attribution;
      this.articleId = articleId;
    }
  }

  /** The chosen value of one measure with what was seen. */
  public static final class Chosen {
    public final String weapon;
    public final String measure;
    public final long value;
    public final String qualifier;
    public final long minSeen;
    public final long maxSeen;
    public final long reports;
    public final List<String> valuesSeen;
    public final boolean conflicting;

    Chosen(String weapon, String measure, long value, String qualifier, long minSeen, long maxSeen, long reports,
        List<String> valuesSeen, boolean conflicting) {
      this.weapon = weapon;
      this.measure = measure;
      this.value = value;
      this.qualifier = qualifier;
      this.minSeen = minSeen;
      this.maxSeen = maxSeen;
      this.reports = reports;
      this.valuesSeen = valuesSeen;
      this.conflicting = conflicting;
    }
  }

  /** The reconciled night. */
  public static final class Night {
    public final Map<String, Chosen> figures;
    public final List<String> articleIds;
    public final List<String> sources;

    Night(Map<String, Chosen> figures, List<String> articleIds, List<String> sources) {
      this.figures = figures;
      this.articleIds = articleIds;
      this.sources = sources;
    }

    /** The chosen value for weapon/measure, or null. */
    public Long value(String weapon, String measure) {
      Chosen c = figures.get(weapon + "/" + measure);
      return c == null ? null : c.value;
    }

    public boolean conflicting() {
      return figures.values().stream().anyMatch(c -> c.conflicting);
    }

    /**
     * The combined launch figure: an exact reported total; else drones + missiles when both are exact; else the
     * hedged reported total; else drones + missiles when both are known.
     */
    public Long totalLaunched() {
      Chosen total = figures.get("total/launched");
      Chosen d = figures.get("drone/launched");
      Chosen m = figures.get("missile/launched");
      boolean sum = d != null && m != null;
      if (total != null && (total.qualifier.equals("exact") || !sum
          || !(d.qualifier.equals("exact") && m.qualifier.equals("exact")))) {
        return total.value;
      }
      return sum ? d.value + m.value : null;
    }
  }

  private NightReconciler() {}

  public static Night reconcile(List<Report> reports) {
    Map<String, List<Report>> byMeasure = new TreeMap<>();
    TreeSet<String> articles = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    for (Report r : reports) {
      byMeasure.computeIfAbsent(r.weapon + "/" + r.measure, k -> new ArrayList<>()).add(r);
      articles.add(r.articleId);
      sources.add(r.source);
    }
    Map<String, Chosen> figures = new LinkedHashMap<>();
    for (Map.Entry<String, List<Report>> e : byMeasure.entrySet()) {
      figures.put(e.getKey(), choose(e.getValue()));
    }
    return new Night(figures, new ArrayList<>(articles), new ArrayList<>(sources));
  }

  static Chosen choose(List<Report> reports) {
    List<Report> exact = new ArrayList<>();
    for (Report r : reports) {
      if (r.qualifier.equals("exact")) {
        exact.add(r);
      }
    }
    List<Report> pool = exact.isEmpty() ? reports : exact;
    Map<Long, List<Report>> byValue = new TreeMap<>();
    for (Report r : pool) {
      byValue.computeIfAbsent(r.value, k -> new ArrayList<>()).add(r);
    }
    Comparator<Map.Entry<Long, List<Report>>> rank = Comparator
        .comparingLong((Map.Entry<Long, List<Report>> v) -> v.getValue().stream().map(r -> r.source).distinct().count())
        .thenComparingLong(v -> v.getValue().stream().filter(r -> "Ukrainian Air Force".equals(r.attribution)).count())
        .thenComparingLong(v -> v.getValue().stream().map(r -> r.articleId).distinct().count())
        .thenComparingLong(Map.Entry::getKey);
    Map.Entry<Long, List<Report>> best = byValue.entrySet().stream().max(rank).orElseThrow();
    long value = best.getKey();
    String qualifier = mostFrequent(best.getValue());
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    TreeSet<String> seen = new TreeSet<>();
    boolean conflicting = false;
    for (Report r : reports) {
      min = Math.min(min, r.value);
      max = Math.max(max, r.value);
      seen.add(r.qualifier.equals("exact") ? Long.toString(r.value) : r.qualifier + " " + r.value);
      conflicting |= !consistent(r, value);
    }
    Report any = reports.get(0);
    return new Chosen(any.weapon, any.measure, value, qualifier, min, max, reports.size(), new ArrayList<>(seen),
        conflicting);
  }

  private static String mostFrequent(List<Report> reports) {
    Map<String, Integer> n = new TreeMap<>();
    for (Report r : reports) {
      n.merge(r.qualifier, 1, Integer::sum);
    }
    return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("exact");
  }

  /** Whether a report agrees with the chosen value, given its hedge. */
  static boolean consistent(Report r, long chosen) {
    long v = r.value;
    switch (r.qualifier) {
      case "exact": return v == chosen;
      // a hedged value also counts as agreeing with itself when no exact report exists
      case "more_than": return chosen >= v;
      case "at_least": return chosen >= v;
      case "almost": return chosen <= v && chosen >= Math.floor(v * 0.9);
      case "about": return Math.abs(chosen - v) <= Math.max(1, Math.round(v * 0.1));
      case "up_to": return chosen <= v;
      case "less_than": return chosen <= v;
      default: return v == chosen;
    }
  }
}

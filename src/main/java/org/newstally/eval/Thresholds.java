package org.newstally.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimum scores a run must reach; a null bound is not checked. The night_end bound applies to the night_end
 * accuracy on matched strike figures.
 */
public record Thresholds(Double minStrikeF1, Double minMeetingF1, Double minActorF1, Double minNightEnd) {

  public Thresholds {
    check("min strike F1", minStrikeF1);
    check("min meeting F1", minMeetingF1);
    check("min actor F1", minActorF1);
    check("min night_end accuracy", minNightEnd);
  }

  private static void check(String name, Double bound) {
    if (bound != null && !(bound >= 0 && bound <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, not " + bound);
    }
  }

  /** One line per bound the report misses, empty when all are met. */
  public List<String> missed(EvaluationReport report) {
    List<String> missed = new ArrayList<>();
    compare(missed, "strike figure F1", report.strikes().figures().f1(), minStrikeF1);
    compare(missed, "held meeting pair F1", report.meetings().heldPairs().f1(), minMeetingF1);
    compare(missed, "actor F1", report.actors().f1(), minActorF1);
    compare(missed, "strike night_end accuracy", report.strikes().nightEnd().share(), minNightEnd);
    return missed;
  }

  private static void compare(List<String> missed, String name, double score, Double bound) {
    if (bound == null) {
      return;
    }
    if (Double.isNaN(score)) {
      missed.add(String.format(Locale.ROOT, "THRESHOLD MISSED: %s is undefined (nothing matched), minimum %.3f",
          name, bound));
    } else if (score < bound) {
      missed.add(String.format(Locale.ROOT, "THRESHOLD MISSED: %s %.3f < minimum %.3f", name, score, bound));
    }
  }
}

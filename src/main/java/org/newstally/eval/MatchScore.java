package org.newstally.eval;

import java.util.List;

/**
 * Precision, recall and F1 of predicted items against gold items. A ratio whose denominator is zero is 1 when the
 * other side is empty too (nothing to find and nothing found is perfect) and 0 otherwise.
 */
public record MatchScore(int tp, int fp, int fn, List<Finding> misses, List<Finding> spurious) {

  public MatchScore {
    misses = List.copyOf(misses);
    spurious = List.copyOf(spurious);
  }

  public double precision() {
    return ratio(tp, tp + fp, fn == 0);
  }

  public double recall() {
    return ratio(tp, tp + fn, fp == 0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int numerator, int denominator, boolean otherSideEmpty) {
    if (denominator == 0) {
      return otherSideEmpty ? 1 : 0;
    }
    return (double) numerator / denominator;
  }
}

package org.newstally.eval;

import java.util.List;

/** The share of scored items that are right, with the wrong ones. */
public record Accuracy(int correct, int total, List<Finding> mismatches) {

  public Accuracy {
    mismatches = List.copyOf(mismatches);
  }

  /** correct / total; NaN when nothing was scored, so that an empty measure never passes for a perfect one */
  public double share() {
    return total == 0 ? Double.NaN : (double) correct / total;
  }
}

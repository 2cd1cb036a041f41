package org.newstally.synth;

import java.time.LocalDate;

/**
 * The nights a corpus draws its strike figures from, in date order. Implementations keep at most O(nights) state,
 * never anything per article.
 */
public interface NightSource {
  int size();

  /** The night at {@code index}, 0 ≤ index < size(); later indices are later nights. */
  Night night(int index);

  /** What the nights are, for logs and the run summary. */
  String describe();

  /** The night that ended on {@code date}, or null: a binary search over the date order. */
  default Night onDate(LocalDate date) {
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Night n = night(mid);
      int c = n.nightEnd().compareTo(date);
      if (c == 0) {
        return n;
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return null;
  }
}

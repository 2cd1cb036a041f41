package org.newstally.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Groups reports of held meetings from different articles into events: the same meeting reported by several
 * outlets counts once. Two reports are the same event when they share two participants (or name the same single
 * participant), their places do not differ, and their dates are at most one day apart — or, when a report has no
 * date, its article's publication date is within three days of the other's date.
 */
public final class MeetingClusterer {

  /** A held-meeting report. */
  public static final class Item {
    final String meetingId;
    final List<String> participants;
    final String place;
    final LocalDate date;
    final LocalDate published;

    public Item(String meetingId, List<String> participants, String place, LocalDate date, LocalDate published) {
      this.meetingId = meetingId;
      this.participants = participants;
      this.place = place;
      this.date = date;
      this.published = published;
    }

    LocalDate when() {
      return date != null ? date : published;
    }
  }

  private MeetingClusterer() {}

  /** Lists of meeting ids, one list per event, each in the order of its first report. */
  public static List<List<String>> cluster(List<Item> items) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing((Item i) -> i.when(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.meetingId));
    List<Item> representatives = new ArrayList<>();
    List<List<String>> clusters = new ArrayList<>();
    for (Item item : sorted) {
      int found = -1;
      for (int c = 0; c < representatives.size(); c++) {
        if (same(representatives.get(c), item)) {
          found = c;
          break;
        }
      }
      if (found < 0) {
        representatives.add(item);
        List<String> ids = new ArrayList<>();
        ids.add(item.meetingId);
        clusters.add(ids);
      } else {
        clusters.get(found).add(item.meetingId);
      }
    }
    return clusters;
  }

  static boolean same(Item a, Item b) {
    Set<String> shared = new HashSet<>(a.participants);
    shared.retainAll(b.participants);
    boolean people = shared.size() >= 2
        || a.participants.size() == 1 && b.participants.size() == 1 && shared.size() == 1;
    if (!people) {
      return false;
    }
    if (a.place != null && b.place != null && !placesAgree(a.place, b.place)) {
      return false;
    }
    if (a.date != null && b.date != null) {
      return Math.abs(ChronoUnit.DAYS.between(a.date, b.date)) <= 1;
    }
    LocalDate x = a.when();
    LocalDate y = b.when();
    if (x == null || y == null) {
      return Objects.equals(a.place, b.place);
    }
    return Math.abs(ChronoUnit.DAYS.between(x, y)) <= 3;
  }

  /** "Kremlin, Moscow" and "Moscow" agree: one names a part of the other. */
  static boolean placesAgree(String a, String b) {
    return a.equals(b) || a.contains(b) || b.contains(a);
  }
}

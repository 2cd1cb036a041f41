package org.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstally.aggregate.MeetingClusterer.Item;

class MeetingClustererTest {

  private static Item item(String id, String place, String date, String published, String... people) {
    return new Item(id, List.of(people), place, date == null ? null : LocalDate.parse(date),
        published == null ? null : LocalDate.parse(published));
  }

  @Test
  void theSameMeetingFromSeveralOutletsIsOneEvent() {
    List<List<String>> events = MeetingClusterer.cluster(List.of(
        item("a#m0", "Kremlin, Moscow", "2025-12-02", "2025-12-03", "Vladimir Putin", "Steve Witkoff"),
        item("b#m0", "Moscow", "2025-12-02", "2025-12-03", "Vladimir Putin", "Steve Witkoff", "Jared Kushner"),
        item("c#m1", null, null, "2025-12-04", "Steve Witkoff", "Vladimir Putin")));
    assertThat(events).containsExactly(List.of("a#m0", "b#m0", "c#m1"));
  }

  @Test
  void differentDatesPlacesOrPeopleAreDifferentEvents() {
    List<List<String>> events = MeetingClusterer.cluster(List.of(
        item("a", "Moscow", "2025-12-02", null, "Vladimir Putin", "Steve Witkoff"),
        item("b", "Moscow", "2025-08-06", null, "Vladimir Putin", "Steve Witkoff"),
        item("c", "Miami", "2025-12-02", null, "Vladimir Putin", "Steve Witkoff"),
        item("d", "Moscow", "2025-12-02", null, "Vladimir Putin", "Donald Trump")));
    assertThat(events).hasSize(4);
  }

  @Test
  void placesAgreeWhenOneContainsTheOther() {
    assertThat(MeetingClusterer.placesAgree("Kremlin, Moscow", "Moscow")).isTrue();
    assertThat(MeetingClusterer.placesAgree("Riyadh", "Jeddah")).isFalse();
  }
}

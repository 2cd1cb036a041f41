package org.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstally.aggregate.NightReconciler.Report;

class NightReconcilerTest {

  private static Report r(String weapon, String measure, long value, String qualifier, String source, String article) {
    return new Report(weapon, measure, value, qualifier, source, null, article);
  }

  @Test
  void oneNightIsNeverASumOfReports() {
    NightReconciler.Night n = NightReconciler.reconcile(List.of(
        r("drone", "launched", 596, "exact", "A", "a1"),
        r("drone", "launched", 596, "exact", "B", "b1"),
        r("drone", "launched", 590, "more_than", "C", "c1")));
    assertThat(n.value("drone", "launched")).isEqualTo(596);
    assertThat(n.conflicting()).isFalse();
    assertThat(n.articleIds).containsExactly("a1", "b1", "c1");
    assertThat(n.sources).containsExactly("A", "B", "C");
    NightReconciler.Chosen c = n.figures.get("drone/launched");
    assertThat(c.minSeen).isEqualTo(590);
    assertThat(c.maxSeen).isEqualTo(596);
    assertThat(c.reports).isEqualTo(3);
    assertThat(c.valuesSeen).containsExactly("596", "more_than 590");
  }

  @Test
  void exactValueOfMostSourcesWinsAndDisagreementIsFlagged() {
    NightReconciler.Night n = NightReconciler.reconcile(List.of(
        r("missile", "launched", 51, "exact", "A", "a1"),
        r("missile", "launched", 51, "exact", "B", "b1"),
        r("missile", "launched", 48, "exact", "C", "c1")));
    assertThat(n.value("missile", "launched")).isEqualTo(51);
    assertThat(n.conflicting()).isTrue();
  }

  @Test
  void tieGoesToTheAirForceThenToMoreArticles() {
    Report af = new Report("drone", "downed", 400, "exact", "A", "Ukrainian Air Force", "a1");
    NightReconciler.Night n = NightReconciler.reconcile(List.of(af, r("drone", "downed", 410, "exact", "B", "b1")));
    assertThat(n.value("drone", "downed")).isEqualTo(400);
  }

  @Test
  void hedgedOnlyNightsKeepTheirHedge() {
    NightReconciler.Night n = NightReconciler.reconcile(List.of(
        r("drone", "launched", 500, "about", "A", "a1"),
        r("drone", "launched", 500, "about", "B", "b1"),
        r("drone", "launched", 580, "almost", "C", "c1")));
    NightReconciler.Chosen c = n.figures.get("drone/launched");
    assertThat(c.value).isEqualTo(500);
    assertThat(c.qualifier).isEqualTo("about");
    assertThat(c.conflicting).isTrue();
  }

  @Test
  void hedgesAreCheckedAgainstTheChosenValue() {
    assertThat(NightReconciler.consistent(r("drone", "launched", 590, "more_than", "A", "a"), 596)).isTrue();
    assertThat(NightReconciler.consistent(r("drone", "launched", 600, "almost", "A", "a"), 597)).isTrue();
    assertThat(NightReconciler.consistent(r("drone", "launched", 600, "almost", "A", "a"), 400)).isFalse();
    assertThat(NightReconciler.consistent(r("drone", "launched", 500, "about", "A", "a"), 496)).isTrue();
    assertThat(NightReconciler.consistent(r("drone", "launched", 500, "about", "A", "a"), 600)).isFalse();
    assertThat(NightReconciler.consistent(r("drone", "launched", 440, "at_least", "A", "a"), 439)).isFalse();
  }

  @Test
  void totalIsReportedOrSummed() {
    NightReconciler.Night reported = NightReconciler.reconcile(List.of(
        r("total", "launched", 549, "exact", "A", "a1")));
    assertThat(reported.totalLaunched()).isEqualTo(549);
    NightReconciler.Night summed = NightReconciler.reconcile(List.of(
        r("drone", "launched", 63, "exact", "A", "a1"), r("missile", "launched", 88, "exact", "A", "a1"),
        r("total", "launched", 150, "more_than", "B", "b1")));
    // an exact sum of parts beats a hedged reported total
    assertThat(summed.totalLaunched()).isEqualTo(151);
  }
}

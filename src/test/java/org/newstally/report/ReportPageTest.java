package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPageTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "[{\"evidence\":\"a </script> tag\"}]   # [{\"evidence\":\"a <\\/script> tag\"}]",
      "[{\"evidence\":\"<!-- hidden\"}]       # [{\"evidence\":\"<\\!-- hidden\"}]",
      "[{\"n\":653}]                          # [{\"n\":653}]",
  })
  void dataCannotEndItsScriptElementEarly(String json, String inlined) {
    assertThat(ReportPage.scriptSafe(json)).isEqualTo(inlined);
  }

  @Test
  void isOneFileWithTheChartingLibraryAndTheDataInlined() {
    ReportData data = new ReportData("t <1>", Map.of("nights", "[{\"night_end\":\"2025-01-02\"}]"),
        List.of(List.of("night_end", "drones_launched"), List.of("2025-01-02", "10")), List.of(List.of("run_id")),
        List.of());

    String html = ReportPage.render(data);

    assertThat(html).contains("<title>t &lt;1&gt;</title>").contains("echarts.init")
        .contains("nights: [{\"night_end\":\"2025-01-02\"}]").contains("<td>2025-01-02</td><td>10</td>")
        .doesNotContain("<script src").doesNotContain("<link ").doesNotContain("https://cdn");
    // ECharts' own license banner: the library is inlined, not fetched
    assertThat(html).contains("Licensed to the Apache Software Foundation");
  }
}

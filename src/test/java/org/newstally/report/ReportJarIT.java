package org.newstally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar carries the one ECharts file the report inlines, with its license, and not the rest of the webjar:
 * the tests on the classpath read the webjar itself, so only this looks at what the shade filter kept.
 */
class ReportJarIT {
  private static final Path JAR = Paths.get("target/newstally.jar");

  @Test
  void theJarHoldsTheInlinedLibraryAndItsLicenseOnly() throws IOException {
    assertThat(JAR).as("run mvn package first (mvn verify runs this after it)").isRegularFile();
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      List<String> webjar = jar.stream().map(ZipEntry::getName)
          .filter(n -> n.startsWith("META-INF/resources/webjars/") && !n.endsWith("/")).sorted().toList();
      String dir = ReportPage.ECHARTS.substring(0, ReportPage.ECHARTS.indexOf("/dist/") + 1);

      assertThat(webjar).containsExactly(dir + "LICENSE", dir + "NOTICE", ReportPage.ECHARTS,
          dir + "licenses/LICENSE-d3");
      // the full build (every chart type the page uses), not the smaller "simple" or "common" ones
      assertThat(jar.getEntry(ReportPage.ECHARTS).getSize()).isGreaterThan(1_000_000);
    }
  }
}

package org.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String TEXT = "Russia launched 653 drones and 51 missiles at Ukraine overnight, the air force "
      + "said on Saturday, in one of the largest attacks on the energy system since the start of the war. Power "
      + "was cut in eight regions and a rail hub outside Kyiv was hit.";

  @Test
  void aWireCopyWithAnotherFirstLineIsNearlyTheSame() {
    String copy = "(Reuters) " + TEXT.replace("the largest", "the biggest");
    double s = MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(copy));
    assertThat(s).isGreaterThan(0.8);
  }

  @Test
  void differentTextsAreFarApart() {
    String other = "Zelenskyy met Emmanuel Macron in Paris on Monday to discuss security guarantees, the French "
        + "presidency said, after weeks of talks between European capitals and Washington on a peace framework.";
    assertThat(MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(other))).isLessThan(0.1);
  }

  @Test
  void equalTextsShareEveryBand() {
    long[] a = MinHash.signature(TEXT);
    long[] b = MinHash.signature(TEXT);
    for (int band = 0; band < MinHash.BANDS; band++) {
      assertThat(MinHash.bandKey(a, band)).isEqualTo(MinHash.bandKey(b, band));
    }
  }

  @Test
  void shortTextsHaveNoSignature() {
    assertThat(MinHash.signature("Too short")).isNull();
    assertThat(MinHash.signature(null)).isNull();
  }
}

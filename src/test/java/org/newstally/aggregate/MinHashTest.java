package org.newstally.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String TEXT = "Russia launched 653 drones and 51 missiles at Ukraine overnight, the air force "
      + "said on Saturday, in one of the largest attacks on the energy system since the start of the war. Power "
      + "was cut in eight regions and a rail hub outside Kyiv was hit.";

  @Test
  void aWireCopyWithAnotherFirstLineIsNearlyTheSame() {
    String copy = "KYIV (Reuters) - " + TEXT;
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
  void equalTextsHaveEqualSignatures() {
    assertThat(MinHash.signatureList(TEXT)).hasSize(MinHash.SIZE).isEqualTo(MinHash.signatureList(TEXT));
  }

  @Test
  void exactJaccardCountsSharedFiveGrams() {
    assertThat(MinHash.jaccard(TEXT, TEXT)).isEqualTo(1.0);
    // one changed word breaks the five 5-grams that contain it
    String changed = TEXT.replace("eight regions", "nine regions");
    double j = MinHash.jaccard(TEXT, changed);
    assertThat(j).isLessThan(1.0).isGreaterThan(0.75);
    assertThat(MinHash.jaccard(TEXT, "Entirely different words make up this short sentence here today.")).isZero();
  }

  @Test
  void shortTextsHaveNoSignature() {
    assertThat(MinHash.signature("Too short")).isNull();
    assertThat(MinHash.signature(null)).isNull();
    assertThat(MinHash.signatureList("Too short")).isNull();
  }

  @Test
  void jaccardCountsEachRepeated5gramOnce() {
    // the first text's 5-grams: five distinct ones ("a b c d e" twice); the second has one of them
    assertThat(MinHash.jaccard("a b c d e a b c d e", "A, b; c. D e")).isEqualTo(0.2);
    assertThat(MinHash.jaccard("a b c", null)).isEqualTo(1.0);
  }
}

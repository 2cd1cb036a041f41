package org.newstally.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HedgeTest {

  @ParameterizedTest
  @EnumSource(Qualifier.class)
  void hedgedValuesAreRoundAndOnTheSideTheQualifierImplies(Qualifier qualifier) {
    for (int truth = 20; truth <= 900; truth += 7) {
      for (int draw = 0; draw < 5; draw++) {
        Hedge h = Hedge.of(new Rand(1, truth, draw), truth, qualifier);
        assertThat(h.qualifier()).isEqualTo(qualifier);
        if (qualifier == Qualifier.EXACT) {
          assertThat(h.value()).isEqualTo(truth);
          assertThat(h.phrase()).isEmpty();
          continue;
        }
        assertThat(h.value() % 10).as("%s of %d is round: %d", qualifier, truth, h.value()).isZero();
        assertThat(qualifier.phrases()).contains(h.phrase());
        GoldChecks.assertHedged(qualifier + " of " + truth, h.value(), truth, qualifier.goldName());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Qualifier.class)
  void smallFiguresAreNotHedged(Qualifier qualifier) {
    Hedge h = Hedge.of(new Rand(1, 2, 3), 12, qualifier);
    assertThat(h.value()).isEqualTo(12);
    assertThat(h.hedged()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Qualifier.class, names = "ALMOST")
  void nearlyFiveHundredEightyOrSixHundredForFiveHundredSeventyNine(Qualifier qualifier) {
    for (int draw = 0; draw < 20; draw++) {
      Hedge h = Hedge.of(new Rand(9, 579, draw), 579, qualifier);
      assertThat(h.value()).isIn(580, 600);
      assertThat(h.around(String.valueOf(h.value()))).matches("(nearly|just under|almost) (580|600)");
    }
  }
}

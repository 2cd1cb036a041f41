package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spelling variants of one person's name, and names that only look alike; invented names throughout. */
class NameVariantsTest {

  static Stream<Arguments> fullNames() {
    return Stream.of(
        Arguments.of("Bohdan Kovalenko", "Bohdan Kovalenko", "lexicon"),
        Arguments.of("Valeriy Tkachuk", "Valerii Tkachuk", "transliteration"),
        Arguments.of("Valery Zaporozhny", "Valerii Zaporozhnyi", "transliteration"),
        Arguments.of("Gennadiy Gorbenko", "Hennadii Horbenko", "transliteration"),
        Arguments.of("Mykola Pashchuk", "Mykola Paschuk", "transliteration"),
        Arguments.of("Olga Kharchenko", "Olha Harchenko", "transliteration"),
        Arguments.of("Igor Bondarjuk", "Ihor Bondaryuk", "transliteration"),
        Arguments.of("Josef Novak", "Joseph Novak", "transliteration"),
        Arguments.of("Mohamed bin Rashid", "Mohammed bin Rashid", "transliteration"),
        Arguments.of("Vasyl Lukianets", "Vasyl Lukyanetz", "transliteration"),
        Arguments.of("Anna Müller", "Anna Muller", "transliteration"),
        Arguments.of("Petro Kušnir", "Petro Kushnir", "transliteration"),
        Arguments.of("Тарас Мельник", "Taras Melnyk", "transliteration"),
        Arguments.of("Тараса Мельника", "Taras Melnyk", "transliteration"),
        Arguments.of("Петра Кравецкого", "Petro Kravetskyi", "transliteration"),
        Arguments.of("Фридрих Вебер", "Friedrich Weber", "transliteration"),
        Arguments.of("Taras Melnky", "Taras Melnyk", "edit_distance"),
        Arguments.of("Dmytro Savchemko", "Dmytro Savchenko", "edit_distance"),
        Arguments.of("Paul R Whitman", "Paul Whitman", "transliteration"),
        // never across different first initials, never two edits on a surname, never a one-edit short surname
        Arguments.of("Greg Holm", "Jake Holm", null),
        Arguments.of("Taras Melnikov", "Taras Melnyk", null),
        Arguments.of("Ivan Bok", "Ivan Box", null),
        Arguments.of("Ivan", "Ivan Petrenko", null));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @MethodSource("fullNames")
  void fullNameVariants(String written, String canonical, String origin) {
    NameVariants.Kind kind = NameVariants.match(written, canonical);
    assertThat(kind == null ? null : kind.origin()).isEqualTo(origin);
  }

  static Stream<Arguments> surnamesAlone() {
    return Stream.of(
        Arguments.of("Selenskyj", "Zelenskyy", "transliteration"),
        Arguments.of("Kovalemko", "Kovalenko", "edit_distance"),
        Arguments.of("Dallas", "Kallas", null),
        Arguments.of("Horak", "Horan", null));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @MethodSource("surnamesAlone")
  void surnameAloneVariants(String written, String canonical, String origin) {
    NameVariants.Kind kind = NameVariants.matchSurnameAlone(written, canonical);
    assertThat(kind == null ? null : kind.origin()).isEqualTo(origin);
  }
}

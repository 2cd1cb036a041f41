package org.newstally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newstally.accuracy.InMemoryExtraction;

/** Time expressions of one sentence resolved against a published date (past events). */
class TimeResolverTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Russia attacked overnight.", "2025-03-08", "2025-03-08"),
        Arguments.of("Last night's attack was the largest.", "2025-03-08", "2025-03-08"),
        Arguments.of("Drones flew during the night.", "2025-03-08", "2025-03-08"),
        Arguments.of("Russia attacked overnight into Saturday.", "2025-03-08", "2025-03-08"),
        Arguments.of("Russia attacked early on Friday.", "2025-03-08", "2025-03-07"),
        Arguments.of("Russia attacked last Saturday.", "2025-03-08", "2025-03-01"),
        Arguments.of("Russia attacked on Saturday.", "2025-03-08", "2025-03-08"),
        Arguments.of("In the early hours of last Friday, drones arrived.", "2025-03-10", "2025-03-07"),
        Arguments.of("On the night of 28 November, the enemy attacked.", "2024-11-28", "2024-11-28"),
        Arguments.of("On December 29, Russia fired missiles.", "2025-01-02", "2024-12-29"),
        Arguments.of("On 14.01.2025 the enemy attacked.", null, "2025-01-14"),
        Arguments.of("Russia attacked on Tuesday.", null, null),
        Arguments.of("Russia attacked overnight.", null, null),
        Arguments.of("Yesterday Russia attacked.", "2025-03-08", "2025-03-07"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void resolvesPastNights(String sentence, String published, String expected) {
    Nlp nlp = InMemoryExtraction.nlp();
    AnnotatedText text = nlp.annotator().annotate(sentence);
    List<TimeResolver.Ref> refs = nlp.time().find(text, 0, nlp.numbers().scan(text.sentenceText(0)));
    TimeResolver.Ref ref = StrikeExtractor.primaryRef(refs, 0);
    LocalDate p = published == null ? null : LocalDate.parse(published);
    LocalDate resolved = ref == null ? null : TimeResolver.resolvePast(ref, p, null);
    assertThat(resolved == null ? null : resolved.toString()).as(refs.toString()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "future {0}")
  @MethodSource("future")
  void resolvesFutureMeetings(String sentence, String published, String expected) {
    Nlp nlp = InMemoryExtraction.nlp();
    AnnotatedText text = nlp.annotator().annotate(sentence);
    List<TimeResolver.Ref> refs = nlp.time().find(text, 0, nlp.numbers().scan(text.sentenceText(0)));
    LocalDate resolved = TimeResolver.resolveFuture(refs.get(0), LocalDate.parse(published), null);
    assertThat(resolved.toString()).isEqualTo(expected);
  }

  static Stream<Arguments> future() {
    return Stream.of(
        Arguments.of("They will meet on Sunday.", "2025-12-13", "2025-12-14"),
        Arguments.of("They will meet on Monday.", "2025-12-01", "2025-12-01"),
        Arguments.of("They will meet on January 5.", "2025-12-20", "2026-01-05"),
        Arguments.of("They will meet tomorrow.", "2025-12-20", "2025-12-21"));
  }
}

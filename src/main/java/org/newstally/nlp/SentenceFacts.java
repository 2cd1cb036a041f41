package org.newstally.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newstally.nlp.numbers.NumberMention;

/**
 * Everything the extractors need to know about one sentence, computed once: its tokens (a range of the article's
 * Spark NLP tokens), numbers with the tokens they cover, lexicon phrases found on the tokens, time expressions and
 * actor mentions.
 */
final class SentenceFacts {
  final AnnotatedText text;
  final int index;
  final int from;
  final int to;
  final int begin;
  final String sentence;
  final List<NumberMention> numbers;
  final int[] numberFirstToken;
  final int[] numberEndToken;
  final List<PhraseMatcher.Match<String>> terms;
  final List<PhraseMatcher.Match<Vocabulary.Weapon>> weapons;
  final List<PhraseMatcher.Match<String>> sides;
  final List<PhraseMatcher.Match<Vocabulary.Place>> places;
  final List<PhraseMatcher.Match<String>> meetingTerms;
  final List<TimeResolver.Ref> times;
  final List<ActorExtractor.Found> actors;

  SentenceFacts(AnnotatedText text, int index, List<NumberMention> numbers, Vocabulary vocab,
      TimeResolver time, List<ActorExtractor.Found> actors) {
    this.text = text;
    this.index = index;
    this.from = text.firstToken(index);
    this.to = text.endToken(index);
    this.begin = text.sentenceBegin(index);
    this.sentence = text.sentenceText(index);
    this.numbers = numbers;
    this.numberFirstToken = new int[numbers.size()];
    this.numberEndToken = new int[numbers.size()];
    for (int i = 0; i < numbers.size(); i++) {
      NumberMention m = numbers.get(i);
      numberFirstToken[i] = tokenContaining(begin + m.numberBegin());
      numberEndToken[i] = Math.max(numberFirstToken[i] + 1, text.tokenAtOrAfter(begin + m.numberEnd()));
    }
    this.terms = vocab.strikeTerms().findAll(text, from, to);
    this.weapons = vocab.weapons().findAll(text, from, to);
    this.sides = vocab.sides().findAll(text, from, to);
    this.places = vocab.places().findAll(text, from, to);
    this.meetingTerms = vocab.meetingTerms().findAll(text, from, to);
    this.times = time.find(text, index, numbers);
    this.actors = actors;
  }

  /** The token whose span contains char offset {@code offset} (the previous token when it falls in a gap). */
  int tokenContaining(int offset) {
    int t = text.tokenAtOrAfter(offset + 1) - 1;
    return Math.max(from, Math.min(t, to - 1));
  }

  String lower(int t) {
    return text.tokenLower(t);
  }

  boolean hasTerm(String role) {
    for (PhraseMatcher.Match<String> m : terms) {
      if (m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  List<PhraseMatcher.Match<String>> terms(String... roles) {
    List<PhraseMatcher.Match<String>> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : terms) {
      for (String r : roles) {
        if (m.value().equals(r)) {
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  /** The strike term of this role that starts at token t, or null (no list is built: called per token). */
  PhraseMatcher.Match<String> termStartingAt(String role, int t) {
    for (PhraseMatcher.Match<String> m : terms) {
      if (m.firstToken() == t && m.value().equals(role)) {
        return m;
      }
    }
    return null;
  }

  /** A strike term of this role ends right before token t. */
  boolean termEndsAt(String role, int t) {
    for (PhraseMatcher.Match<String> m : terms) {
      if (m.endToken() == t && m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  boolean hasMeetingTerm(String role) {
    for (PhraseMatcher.Match<String> m : meetingTerms) {
      if (m.value().equals(role)) {
        return true;
      }
    }
    return false;
  }

  /** Char offset in the article text of a token's start. */
  int tokenBegin(int t) {
    return text.tokenBegin(t);
  }
}

package org.newstally.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newstally.lexicon.ActorLexicon;

/**
 * Actor mentions of one article: gazetteer hits resolved to canonical actors, people the lexicon does not know
 * discovered from titles, roles and given names ("Energy Minister Herman Halushchenko", "Oleh Kiper, the head of
 * the regional administration"), and later surname-only mentions resolved to the full name found in the same
 * article. Title and body are analysed together so that a surname in the headline resolves to the body's full name.
 */
public final class ActorExtractor {

  /** One mention; sentence -1 means the title. Offsets are in the analysed text (title or body). */
  public static final class Found {
    public final int sentence;
    public final int begin;
    public final int end;
    public final String surface;
    public final String actor;
    public final String type;
    public final String role;
    public final String country;
    public final boolean envoy;
    public final String origin;

    Found(int sentence, int begin, int end, String surface, String actor, String type, String role, String country,
        boolean envoy, String origin) {
      this.sentence = sentence;
      this.begin = begin;
      this.end = end;
      this.surface = surface;
      this.actor = actor;
      this.type = type;
      this.role = role;
      this.country = country;
      this.envoy = envoy;
      this.origin = origin;
    }

    public boolean isPerson() {
      return "person".equals(type);
    }

    @Override
    public String toString() {
      return actor + "(" + surface + "@" + sentence + ":" + begin + ")";
    }
  }

  /** A discovered person: canonical name and the role the text gave. */
  private static final class Person {
    final String name;
    final String role;

    Person(String name, String role) {
      this.name = name;
      this.role = role;
    }
  }

  /** The mentions of one article: title mentions and body mentions, each sorted by position. */
  public static final class Result {
    public final List<Found> title;
    public final List<Found> body;

    Result(List<Found> title, List<Found> body) {
      this.title = title;
      this.body = body;
    }
  }

  private final Vocabulary vocab;
  private final ActorLexicon actors;

  public ActorExtractor(Vocabulary vocab) {
    this.vocab = vocab;
    this.actors = vocab.lexicons().actors();
  }

  public Result extract(AnnotatedText title, AnnotatedText body) {
    boolean[] titleCovered = new boolean[title.tokenCount()];
    boolean[] bodyCovered = new boolean[body.tokenCount()];
    List<Found> titleFound = lexiconHits(title, true, titleCovered);
    List<Found> bodyFound = lexiconHits(body, false, bodyCovered);

    // full names first (body, then title), so surname-only mentions anywhere can resolve to them
    Map<String, Person> discovered = new LinkedHashMap<>();
    discover(body, false, bodyCovered, bodyFound, discovered);
    discover(title, true, titleCovered, titleFound, discovered);
    Map<String, Person> bySurname = new HashMap<>();
    for (Person p : discovered.values()) {
      bySurname.putIfAbsent(surname(p.name), p);
    }
    surnames(body, false, bodyCovered, bodyFound, bySurname);
    surnames(title, true, titleCovered, titleFound, bySurname);
    Comparator<Found> byPosition = Comparator.comparingInt(f -> f.begin);
    titleFound.sort(byPosition);
    bodyFound.sort(byPosition);
    return new Result(titleFound, bodyFound);
  }

  private List<Found> lexiconHits(AnnotatedText text, boolean isTitle, boolean[] covered) {
    List<Found> out = new ArrayList<>();
    for (AnnotatedText.Hit hit : text.hits()) {
      ActorLexicon.Actor actor = actors.byAlias(hit.surface());
      if (actor == null) {
        continue;
      }
      int first = text.tokenAtOrAfter(hit.begin());
      int end = text.tokenAtOrAfter(hit.end());
      int begin = hit.begin();
      // "Dmitriy Peskov": a given name the lexicon does not list, right before a known surname, is the same person
      if (actor.isPerson() && first > 0 && end - first == 1 && hit.surface().equals(actor.surname())
          && text.tokenSentence(first - 1) == text.tokenSentence(first)
          && text.tokenEnd(first - 1) + 1 == text.tokenBegin(first)
          && vocab.isGivenName(text.token(first - 1)) && !covered[first - 1]) {
        first--;
        begin = text.tokenBegin(first);
      }
      for (int t = first; t < end; t++) {
        covered[t] = true;
      }
      int sentence = isTitle ? -1 : text.sentenceAt(begin);
      out.add(new Found(sentence, begin, hit.end(), text.text().substring(begin, hit.end()), actor.canonical(),
          actor.type(), actor.role(), actor.country(), actor.envoy(), "lexicon"));
    }
    hyphenated(text, isTitle, covered, out);
    return out;
  }

  /**
   * Names joined by a hyphen stay one token ("Trump-Putin summit", "Witkoff-Dmitriev channel"); the gazetteer cannot
   * see inside a token, so the parts are looked up here.
   */
  private void hyphenated(AnnotatedText text, boolean isTitle, boolean[] covered, List<Found> out) {
    for (int t = 0; t < text.tokenCount(); t++) {
      String tok = text.token(t);
      if (covered[t] || tok.indexOf('-') < 0 || !capitalised(tok)) {
        continue;
      }
      int offset = 0;
      for (String part : tok.split("-")) {
        ActorLexicon.Actor actor = part.isEmpty() ? null : actors.byAlias(part);
        if (actor != null && actor.isPerson()) {
          int begin = text.tokenBegin(t) + offset;
          out.add(new Found(isTitle ? -1 : text.tokenSentence(t), begin, begin + part.length(), part,
              actor.canonical(), actor.type(), actor.role(), actor.country(), actor.envoy(), "lexicon"));
          covered[t] = true;
        }
        offset += part.length() + 1;
      }
    }
  }

  private void discover(AnnotatedText text, boolean isTitle, boolean[] covered, List<Found> out,
      Map<String, Person> discovered) {
    int n = text.tokenCount();
    int t = 0;
    while (t < n) {
      if (covered[t] || !capitalised(text.token(t))) {
        t++;
        continue;
      }
      // a run of name-like tokens in one sentence: capitalised words, inner particles ("bin", "von der")
      int runStart = t;
      int runEnd = t + 1;
      while (runEnd < n && !covered[runEnd] && text.tokenSentence(runEnd) == text.tokenSentence(runStart)) {
        String tok = text.token(runEnd);
        if (capitalised(tok)) {
          runEnd++;
        } else if ("particle".equals(vocab.nameWordClass(tok)) && runEnd + 1 < n && !covered[runEnd + 1]
            && capitalised(text.token(runEnd + 1))) {
          runEnd += 2;
        } else {
          break;
        }
      }
      t = runEnd;
      // the name is what follows the last title inside the run ("Energy Minister | Herman Halushchenko")
      int nameStart = runStart;
      String role = null;
      for (int i = runStart; i < runEnd; i++) {
        PhraseMatcher.Match<Vocabulary.Role> m = vocab.roles().longestAt(text, i, runEnd);
        if (m != null && m.value().before() && m.endToken() < runEnd) {
          nameStart = m.endToken();
          role = text.text().substring(text.tokenBegin(runStart), text.tokenEnd(m.endToken() - 1));
          i = m.endToken() - 1;
        }
      }
      // words that cannot start a name (sentence-initial "The", nationality adjectives, places) are dropped
      while (nameStart < runEnd && !nameStartCandidate(text, nameStart)) {
        nameStart++;
      }
      int nameEnd = runEnd;
      if (nameEnd - nameStart < 2 || nameEnd - nameStart > 5) {
        continue;
      }
      if (!nameTokensOk(text, nameStart, nameEnd)) {
        continue;
      }
      if (role == null) {
        role = roleBefore(text, nameStart);
      }
      String after = role == null ? roleAfter(text, nameEnd) : null;
      boolean person = role != null || after != null || vocab.isGivenName(text.token(nameStart));
      if (!person) {
        continue;
      }
      String name = text.text().substring(text.tokenBegin(nameStart), text.tokenEnd(nameEnd - 1))
          .replaceAll("\\s+", " ");
      Person p = discovered.computeIfAbsent(name, k -> new Person(k, null));
      String foundRole = role != null ? role : after != null ? after : p.role;
      if (p.role == null && foundRole != null) {
        discovered.put(name, new Person(name, foundRole));
      }
      for (int i = nameStart; i < nameEnd; i++) {
        covered[i] = true;
      }
      int begin = text.tokenBegin(nameStart);
      out.add(new Found(isTitle ? -1 : text.tokenSentence(nameStart), begin, text.tokenEnd(nameEnd - 1), name,
          name, "person", foundRole, null, false, "discovered"));
    }
  }

  private void surnames(AnnotatedText text, boolean isTitle, boolean[] covered, List<Found> out,
      Map<String, Person> bySurname) {
    if (bySurname.isEmpty()) {
      return;
    }
    for (int t = 0; t < text.tokenCount(); t++) {
      if (covered[t]) {
        continue;
      }
      Person p = bySurname.get(text.token(t));
      if (p == null) {
        continue;
      }
      covered[t] = true;
      out.add(new Found(isTitle ? -1 : text.tokenSentence(t), text.tokenBegin(t), text.tokenEnd(t), text.token(t),
          p.name, "person", p.role, null, false, "discovered"));
    }
  }

  /** A title right before the name: "governor Oleh Syniehubov", "the mayor, Ihor Terekhov". */
  private String roleBefore(AnnotatedText text, int nameStart) {
    int sentence = text.tokenSentence(nameStart);
    int t = nameStart - 1;
    if (t >= 0 && text.token(t).equals(",")) {
      t--;
    }
    // try role phrases ending at t (up to 4 tokens long)
    for (int len = 4; len >= 1; len--) {
      int start = t - len + 1;
      if (start < 0 || text.tokenSentence(start) != sentence) {
        continue;
      }
      PhraseMatcher.Match<Vocabulary.Role> m = vocab.roles().longestAt(text, start, t + 1);
      if (m != null && m.endToken() == t + 1 && m.value().before()) {
        return text.text().substring(text.tokenBegin(m.firstToken()), text.tokenEnd(m.endToken() - 1));
      }
    }
    return null;
  }

  /** An appositive role right after the name: "Oleh Kiper, the head of ...", "Danielle Bell, who heads ...". */
  private String roleAfter(AnnotatedText text, int nameEnd) {
    int n = text.tokenCount();
    if (nameEnd >= n || !text.token(nameEnd).equals(",")) {
      return null;
    }
    int sentence = text.tokenSentence(nameEnd);
    int limit = Math.min(n, nameEnd + 7);
    for (int t = nameEnd + 1; t < limit && text.tokenSentence(t) == sentence; t++) {
      if (text.token(t).equals(",")) {
        break;
      }
      PhraseMatcher.Match<Vocabulary.Role> m = vocab.roles().longestAt(text, t, limit);
      if (m != null && m.value().after()) {
        return text.text().substring(text.tokenBegin(m.firstToken()), text.tokenEnd(m.endToken() - 1));
      }
    }
    return null;
  }

  private boolean nameStartCandidate(AnnotatedText text, int t) {
    String tok = text.token(t);
    if (vocab.nameWordClass(tok) != null) {
      return false;
    }
    if (vocab.sides().longestAt(text, t, t + 1) != null || vocab.places().longestAt(text, t, t + 1) != null) {
      return false;
    }
    if (vocab.roles().longestAt(text, t, t + 1) != null) {
      return false;
    }
    // acronyms (US, UN, NATO) and all-caps datelines (KYIV) are not given names
    return !allCaps(tok) || tok.length() == 2 && vocab.isGivenName(tok);
  }

  private boolean nameTokensOk(AnnotatedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      String tok = text.token(t);
      String cls = vocab.nameWordClass(tok);
      if (cls != null && !cls.equals("particle")) {
        return false;
      }
      if (t > from && allCaps(tok) && tok.length() > 1) {
        return false;
      }
      if (vocab.places().longestAt(text, t, to) != null || vocab.sides().longestAt(text, t, t + 1) != null) {
        return false;
      }
      if (!tok.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
        && (token.length() == 1 || Character.isLetter(token.charAt(1)) || token.charAt(1) == '.');
  }

  private static boolean allCaps(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  static String surname(String name) {
    int i = name.lastIndexOf(' ');
    return i < 0 ? name : name.substring(i + 1);
  }
}

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

  /** A discovered person: canonical name, the role the text gave, and the lexicon actor it resolved to if any. */
  private static final class Person {
    final String name;
    final String role;
    final Resolved known;

    Person(String name, String role, Resolved known) {
      this.name = name;
      this.role = role;
      this.known = known;
    }
  }

  /** Role value in roles.tsv of a cue that introduces a person without giving a role ("Photo by", "Reporting by"). */
  static final String NO_ROLE = "-";
  /**
   * The same, valid only at the start of a line or sentence: a byline's "By Jane Roe", not "hosted by Radio
   * Liberty" in running text.
   */
  static final String NO_ROLE_LINE_START = "-start";

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

  /** Full-name spellings of lexicon people (canonical and aliases of two words or more), for variant matching. */
  private final List<NameVariants.Key> fullSpellings = new ArrayList<>();
  /** Surname-only aliases of lexicon people ("Zelenskyy", "Putin"), for variants of a surname written alone. */
  private final List<String> surnameSpellings = new ArrayList<>();
  private final List<String> foldedSurnameSpellings = new ArrayList<>();
  /** The person of each full spelling (a lexicon alias, or the alias with another spelling of its first name). */
  private final Map<NameVariants.Key, ActorLexicon.Actor> spellingActor = new java.util.IdentityHashMap<>();

  /** Folded keys of given_names.tsv, so a given name written in Cyrillic ("Виктор") is recognised too. */
  private final java.util.Set<String> foldedGivenNames = new java.util.HashSet<>();

  public ActorExtractor(Vocabulary vocab) {
    this.vocab = vocab;
    this.actors = vocab.lexicons().actors();
    for (org.newstally.lexicon.PhraseTable.Entry e : vocab.lexicons().givenNames().entries()) {
      foldedGivenNames.add(NameVariants.fold(e.phrase()));
    }
    Map<String, List<String>> variants = givenNameGroups(vocab.lexicons().givenNameVariants());
    for (String alias : new java.util.TreeSet<>(actors.aliases())) {
      ActorLexicon.Actor a = actors.byAlias(alias);
      if (a == null || !a.isPerson()) {
        continue;
      }
      if (alias.indexOf(' ') > 0) {
        NameVariants.Key key = NameVariants.key(alias);
        fullSpellings.add(key);
        spellingActor.put(key, a);
        for (String variant : firstNameVariants(alias, variants)) {
          NameVariants.Key other = NameVariants.key(variant);
          fullSpellings.add(other);
          spellingActor.put(other, a);
        }
      } else {
        surnameSpellings.add(alias);
        foldedSurnameSpellings.add(NameVariants.fold(alias));
      }
    }
  }

  /** Each spelling of given_name_variants.tsv to every spelling of its group (itself included). */
  private static Map<String, List<String>> givenNameGroups(org.newstally.lexicon.PhraseTable table) {
    Map<String, List<String>> groups = new java.util.HashMap<>();
    for (org.newstally.lexicon.PhraseTable.Entry e : table.entries()) {
      List<String> group = new ArrayList<>();
      group.add(e.phrase());
      for (String v : e.get("variants").split("\\|")) {
        if (!v.isBlank()) {
          group.add(v.strip());
        }
      }
      for (String name : group) {
        groups.put(name.toLowerCase(java.util.Locale.ROOT), group);
      }
    }
    return groups;
  }

  /**
   * "Alexander Poklad" for "Oleksandr Poklad": the full name with each other spelling of its first name, so the
   * tolerant match can confirm the surname without crossing first initials on its own.
   */
  private static List<String> firstNameVariants(String fullName, Map<String, List<String>> groups) {
    int space = fullName.indexOf(' ');
    List<String> group = groups.get(fullName.substring(0, space).toLowerCase(java.util.Locale.ROOT));
    if (group == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(group.size());
    for (String first : group) {
      if (!first.equalsIgnoreCase(fullName.substring(0, space))) {
        out.add(first + fullName.substring(space));
      }
    }
    return out;
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
    for (Map.Entry<String, Person> e : discovered.entrySet()) {
      // keyed by the surname as written, so a variant spelling's later mentions resolve to the same actor
      bySurname.putIfAbsent(surname(e.getKey()), e.getValue());
    }
    surnames(body, false, bodyCovered, bodyFound, bySurname);
    surnames(title, true, titleCovered, titleFound, bySurname);
    Map<String, String> shorter = extensions(discovered);
    if (!shorter.isEmpty()) {
      titleFound.replaceAll(f -> renamed(f, shorter));
      bodyFound.replaceAll(f -> renamed(f, shorter));
    }
    Comparator<Found> byPosition = Comparator.comparingInt(f -> f.begin);
    titleFound.sort(byPosition);
    bodyFound.sort(byPosition);
    return new Result(titleFound, bodyFound);
  }

  /**
   * A discovered name that extends another discovered name of the article by more words is the same person, under
   * the shorter name the article uses ("Jane Roe Smith" in an embedded post after "Jane Roe" in the text).
   */
  private static Map<String, String> extensions(Map<String, Person> discovered) {
    Map<String, String> out = new HashMap<>();
    for (Person p : discovered.values()) {
      if (p.known != null) {
        continue;
      }
      for (Person q : discovered.values()) {
        if (q != p && q.known == null && q.name.indexOf(' ') > 0 && p.name.startsWith(q.name + " ")
            && (!out.containsKey(p.name) || out.get(p.name).length() > q.name.length())) {
          out.put(p.name, q.name);
        }
      }
    }
    return out;
  }

  private static Found renamed(Found f, Map<String, String> shorter) {
    String to = "discovered".equals(f.origin) ? shorter.get(f.actor) : null;
    return to == null ? f : new Found(f.sentence, f.begin, f.end, f.surface, to, f.type, f.role, f.country, f.envoy,
        f.origin);
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
      // "Dmitriy Peskov": a given name the lexicon does not list, right before a known surname, is the same person;
      // "Greg Sullivan" is someone else than the lexicon's Jake Sullivan, left to discovery
      // "Daniel P. Driscoll": a middle initial and its dot may stand between them
      int given = first > 2 && middleInitialBefore(text, first) ? first - 3 : first - 1;
      if (actor.isPerson() && given >= 0 && end - first == 1 && hit.surface().equals(actor.surname())
          && text.tokenSentence(given) == text.tokenSentence(first)
          && text.tokenEnd(given) + 1 == text.tokenBegin(given + 1)
          && vocab.isGivenName(text.token(given)) && !covered[given]) {
        if (!sameFirstName(text.token(given), actor)) {
          continue;
        }
        first = given;
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

  /** Tokens first-2 and first-1 are a capital letter and its dot ("P" "."), right before token first. */
  private static boolean middleInitialBefore(AnnotatedText text, int first) {
    String letter = text.token(first - 2);
    return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && text.token(first - 1).equals(".")
        && text.tokenEnd(first - 2) == text.tokenBegin(first - 1)
        && text.tokenEnd(first - 1) + 1 == text.tokenBegin(first)
        && text.tokenSentence(first - 2) == text.tokenSentence(first);
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

  /** One word of a candidate name: a token, or part of one (credits, glued words), or an initial with its dot. */
  private static final class Word {
    final String text;
    final int begin;
    final int end;
    final int firstToken;
    final int endToken;

    Word(String text, int begin, int end, int firstToken, int endToken) {
      this.text = text;
      this.begin = begin;
      this.end = end;
      this.firstToken = firstToken;
      this.endToken = endToken;
    }
  }

  private void discover(AnnotatedText text, boolean isTitle, boolean[] covered, List<Found> out,
      Map<String, Person> discovered) {
    int n = text.tokenCount();
    int t = 0;
    while (t < n) {
      if (covered[t]) {
        t++;
        continue;
      }
      List<Word> run = run(text, t, covered);
      if (run.isEmpty()) {
        t++;
        continue;
      }
      int runTokens = run.get(run.size() - 1).endToken;
      t = runTokens;
      if (capitalsCredit(text, run, isTitle, covered, out, discovered)) {
        continue;
      }
      // the name is what follows the last title inside the run ("Energy Minister | Herman Halushchenko")
      int nameStart = 0;
      String role = null;
      boolean cue = false;
      boolean lineCue = false;
      for (int i = 0; i < run.size(); i++) {
        PhraseMatcher.Match<Vocabulary.Role> m = vocab.roles().longestAt(text, run.get(i).firstToken, runTokens);
        if (m != null && m.value().before() && m.endToken() < runTokens && cueHere(text, m)) {
          int next = wordAt(run, m.endToken());
          if (next < 0) {
            continue;
          }
          nameStart = next;
          cue = true;
          lineCue = NO_ROLE_LINE_START.equals(m.value().role());
          role = roleText(text, m, run.get(0).begin);
          i = next - 1;
        }
      }
      // words that cannot start a name (sentence-initial "The", nationality adjectives, places) are dropped
      while (nameStart < run.size() && !nameStartCandidate(text, run.get(nameStart), runTokens)) {
        nameStart++;
      }
      // a word that cannot be part of a name ends it ("Jane Roe | August 11", "Peter J. Collins |
      // Washington Post"); the scan resumes after that word, where another name may start
      int nameEnd = nameStart;
      while (nameEnd < run.size() && nameWordOk(text, run.get(nameEnd), nameEnd == nameStart)) {
        nameEnd++;
      }
      if (nameEnd < run.size()) {
        t = run.get(nameEnd).endToken;
        // a word that ends organisation and place names makes the run one ("Ben Gurion Airport"); words before a
        // title describe it ("Moscow-friendly Hungarian | Prime Minister")
        Word bad = run.get(nameEnd);
        if ("org".equals(vocab.nameWordClass(bad.text)) || isTitle(text, bad)) {
          continue;
        }
      }
      // a lexicon person inside the run under another spelling ("Chancellor of Germany | Friedrich Merz" in a
      // language whose titles the roles do not list)
      int[] window = knownWindow(run, nameStart, nameEnd);
      if (window != null) {
        nameStart = window[0];
        nameEnd = window[1];
        if (nameEnd < run.size()) {
          t = run.get(nameEnd).firstToken;
        }
      }
      // a capitalised word before a given name is a description the roles do not list ("Columnist | Tom Rubio")
      if (window == null && role == null && !cue && nameEnd - nameStart >= 3 && !givenName(run.get(nameStart).text)
          && givenName(run.get(nameStart + 1).text)) {
        nameStart++;
      }
      if (nameEnd - nameStart < 2 || nameEnd - nameStart > 5) {
        continue;
      }
      Word firstWord = run.get(nameStart);
      Word lastWord = run.get(nameEnd - 1);
      if (role == null && !cue) {
        PhraseMatcher.Match<Vocabulary.Role> before = roleBefore(text, firstWord.firstToken);
        if (before != null) {
          cue = true;
          lineCue = NO_ROLE_LINE_START.equals(before.value().role());
          role = roleText(text, before, -1);
        }
      }
      // a byline's name ends its line, or starts with a given name ("By Christmas Eve, the talks ..." is no byline)
      if (lineCue && !givenName(firstWord.text) && !endsSentence(text, lastWord.endToken)) {
        cue = false;
      }
      String after = role == null ? roleAfter(text, lastWord.endToken) : null;
      String name = text.text().substring(firstWord.begin, lastWord.end).replaceAll("\\s+", " ");
      int sentence = isTitle ? -1 : text.tokenSentence(firstWord.firstToken);
      // a name the lexicon knows under another spelling (transliteration, a typo) is that actor
      Resolved known = resolve(name);
      if (known != null) {
        markCovered(covered, firstWord.firstToken, lastWord.endToken);
        out.add(new Found(sentence, firstWord.begin, lastWord.end, text.text().substring(firstWord.begin,
            lastWord.end), known.actor.canonical(), known.actor.type(), known.actor.role(), known.actor.country(),
            known.actor.envoy(), known.kind.origin()));
        discovered.putIfAbsent(name, new Person(known.actor.canonical(), known.actor.role(), known));
        continue;
      }
      boolean person = cue || after != null || givenName(firstWord.text);
      // an excerpt that stops inside a name ("... Jane Ro") leaves no surname to report
      if (!person || lastWord.end == text.text().length() && lastWord.text.length() < 4) {
        continue;
      }
      Person p = discovered.computeIfAbsent(name, k -> new Person(k, null, null));
      String foundRole = role != null ? role : after != null ? after : p.role;
      if (p.role == null && foundRole != null) {
        discovered.put(name, new Person(name, foundRole, null));
      }
      markCovered(covered, firstWord.firstToken, lastWord.endToken);
      out.add(new Found(sentence, firstWord.begin, lastWord.end, text.text().substring(firstWord.begin,
          lastWord.end), name, "person", foundRole, null, false, "discovered"));
    }
  }

  /**
   * A photographer's name in capitals inside a credit ("Photo: EPA/JANE ROE / AGENCY"): two or three all-caps words
   * right after a slash, the first a given name; the actor is the name in ordinary capitalisation.
   */
  private boolean capitalsCredit(AnnotatedText text, List<Word> run, boolean isTitle, boolean[] covered,
      List<Found> out, Map<String, Person> discovered) {
    Word first = run.get(0);
    boolean afterSlash = first.begin > text.tokenBegin(first.firstToken)
        || first.firstToken > 0 && text.token(first.firstToken - 1).equals("/");
    if (!afterSlash || run.size() < 2 || run.size() > 3) {
      return false;
    }
    StringBuilder name = new StringBuilder();
    for (Word w : run) {
      if (!allCaps(w.text) || w.text.length() < 2 || !w.text.chars().allMatch(Character::isLetter)) {
        return false;
      }
      name.append(name.length() > 0 ? " " : "").append(w.text.charAt(0))
          .append(w.text.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    String given = name.substring(0, name.indexOf(" "));
    if (!givenName(given)) {
      return false;
    }
    Word last = run.get(run.size() - 1);
    markCovered(covered, first.firstToken, last.endToken);
    String actor = name.toString();
    discovered.putIfAbsent(actor, new Person(actor, null, null));
    out.add(new Found(isTitle ? -1 : text.tokenSentence(first.firstToken), first.begin, last.end,
        text.text().substring(first.begin, last.end), actor, "person", null, null, false, "discovered"));
    return true;
  }

  /**
   * The run of name-like words starting at token t in one sentence: capitalised words, inner particles ("bin",
   * "von der", "al-Harbi"), middle initials ("Peter J. Collins"). A photo credit's slash ends or starts a name ("Jane
   * Roe/Getty Images", "REUTERS/John Roe"): a person's name never contains "/". A word glued to the name by lost
   * markup ends it too ("Roe" in "RoeWednesday"). Empty when no name can start at t.
   */
  private List<Word> run(AnnotatedText text, int t, boolean[] covered) {
    List<Word> run = new ArrayList<>();
    String tok = text.token(t);
    int skip = tok.lastIndexOf('/') + 1;
    String first = tok.substring(skip);
    if (!capitalised(first)) {
      return run;
    }
    int len = nameLength(first);
    run.add(new Word(first.substring(0, len), text.tokenBegin(t) + skip, text.tokenBegin(t) + skip + len, t, t + 1));
    if (len < first.length()) {
      return run;
    }
    int n = text.tokenCount();
    int sentence = text.tokenSentence(t);
    int r = t + 1;
    while (r < n && !covered[r] && text.tokenSentence(r) == sentence) {
      String w = text.token(r);
      if (capitalised(w)) {
        if (w.length() == 1 && r + 2 < n && text.token(r + 1).equals(".") && text.tokenBegin(r + 1) == text.tokenEnd(r)
            && !covered[r + 2] && text.tokenSentence(r + 2) == sentence && capitalised(text.token(r + 2))) {
          // a middle initial and its dot: "Peter J. Collins"
          run.add(new Word(w + ".", text.tokenBegin(r), text.tokenEnd(r + 1), r, r + 2));
          r += 2;
          continue;
        }
        int wl = nameLength(w);
        run.add(new Word(w.substring(0, wl), text.tokenBegin(r), text.tokenBegin(r) + wl, r, r + 1));
        r++;
        if (wl < w.length()) {
          break;
        }
      } else if (hyphenParticle(w)) {
        run.add(new Word(w, text.tokenBegin(r), text.tokenEnd(r), r, r + 1));
        r++;
      } else if ("particle".equals(vocab.nameWordClass(w)) && r + 1 < n && !covered[r + 1]
          && text.tokenSentence(r + 1) == sentence && (capitalised(text.token(r + 1))
          || hyphenParticle(text.token(r + 1)))) {
        run.add(new Word(w, text.tokenBegin(r), text.tokenEnd(r), r, r + 1));
        r++;
      } else {
        break;
      }
    }
    return run;
  }

  /** "al-Harbi", "el-Amin": a lower-case particle joined by a hyphen to a capitalised name part. */
  private boolean hyphenParticle(String tok) {
    int h = tok.indexOf('-');
    return h > 0 && h + 1 < tok.length() && Character.isUpperCase(tok.charAt(h + 1))
        && "particle".equals(vocab.nameWordClass(tok.substring(0, h)));
  }

  /**
   * How much of a capitalised token can be a name: up to a credit's slash ("Roe/Getty"), or up to a capital glued
   * after four or more letters ("RoeeWednesday"); short prefixes like "Mc", "De", "Mac" are part of names.
   */
  static int nameLength(String tok) {
    int slash = tok.indexOf('/');
    int end = slash < 0 ? tok.length() : slash;
    for (int i = 4; i < end; i++) {
      if (Character.isUpperCase(tok.charAt(i)) && Character.isLowerCase(tok.charAt(i - 1))) {
        return i;
      }
    }
    return end;
  }

  /**
   * The first window of two or three words in run[from, to) that resolves to a lexicon person by spelling variant
   * (the whole range first), as {begin, end}; null when none does.
   */
  private int[] knownWindow(List<Word> run, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    String whole = joined(run, from, to);
    if (resolve(whole) != null) {
      return new int[] {from, to};
    }
    for (int len = Math.min(3, to - from - 1); len >= 2; len--) {
      for (int i = from; i + len <= to; i++) {
        if (resolve(joined(run, i, i + len)) != null) {
          return new int[] {i, i + len};
        }
      }
    }
    return null;
  }

  private static String joined(List<Word> run, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(run.get(i).text);
    }
    return b.toString();
  }

  private static int wordAt(List<Word> run, int token) {
    for (int i = 0; i < run.size(); i++) {
      if (run.get(i).firstToken == token) {
        return i;
      }
    }
    return -1;
  }

  private static void markCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      covered[i] = true;
    }
  }

  /** The role as written, or null for a cue that gives none ("By", "Photo by": role "-" in roles.tsv). */
  private static String roleText(AnnotatedText text, PhraseMatcher.Match<Vocabulary.Role> m, int floor) {
    if (cueOnly(m)) {
      return null;
    }
    // a title inside a run keeps the words before it ("Hungarian Prime Minister")
    int begin = floor >= 0 ? floor : text.tokenBegin(m.firstToken());
    return text.text().substring(begin, text.tokenEnd(m.endToken() - 1));
  }

  /**
   * The given name can be the actor's: same folded first initial as one of its full-name spellings ("Dmitriy" and
   * "Michael" for Dmitry Peskov and Mike Waltz, not "Greg" for Jake Sullivan).
   */
  private boolean sameFirstName(String given, ActorLexicon.Actor actor) {
    for (NameVariants.Key spelling : fullSpellings) {
      String name = spelling.name();
      if (spellingActor.get(spelling) == actor
          && NameVariants.sameInitial(given, name.substring(0, name.indexOf(' ')))) {
        return true;
      }
    }
    return false;
  }

  /** A given name of given_names.tsv, as written or (Cyrillic script) transliterated. */
  private boolean givenName(String word) {
    return vocab.isGivenName(word) || NameVariants.cyrillic(word) && foldedGivenNames.contains(NameVariants.fold(word));
  }

  /** Only punctuation is left of the sentence from token t on. */
  private static boolean endsSentence(AnnotatedText text, int t) {
    int sentence = t > 0 ? text.tokenSentence(t - 1) : 0;
    for (int i = t; i < text.tokenCount() && text.tokenSentence(i) == sentence; i++) {
      if (text.token(i).chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  private static boolean cueOnly(PhraseMatcher.Match<Vocabulary.Role> m) {
    return NO_ROLE.equals(m.value().role()) || NO_ROLE_LINE_START.equals(m.value().role());
  }

  /** A line-start cue stands first in its sentence (each line break starts one); every other role anywhere. */
  private static boolean cueHere(AnnotatedText text, PhraseMatcher.Match<Vocabulary.Role> m) {
    int f = m.firstToken();
    return !NO_ROLE_LINE_START.equals(m.value().role()) || f == 0
        || text.tokenSentence(f - 1) != text.tokenSentence(f);
  }

  /** A lexicon actor a name resolves to, and how. */
  private static final class Resolved {
    final ActorLexicon.Actor actor;
    final NameVariants.Kind kind;

    Resolved(ActorLexicon.Actor actor, NameVariants.Kind kind) {
      this.actor = actor;
      this.kind = kind;
    }
  }

  /**
   * The lexicon person a full name written in the text names: an alias as written ("Donald Trump" cut from a glued
   * word), else a transliteration or one-edit variant of a full-name alias. A transliteration beats an edit.
   */
  private Resolved resolve(String name) {
    ActorLexicon.Actor exact = actors.byAlias(name);
    if (exact != null) {
      return exact.isPerson() ? new Resolved(exact, NameVariants.Kind.EXACT) : null;
    }
    Resolved best = null;
    NameVariants.Key written = NameVariants.key(name);
    for (NameVariants.Key spelling : fullSpellings) {
      NameVariants.Kind kind = NameVariants.match(written, spelling);
      if (kind == null) {
        continue;
      }
      ActorLexicon.Actor actor = spellingActor.get(spelling);
      if (best == null || kind.ordinal() < best.kind.ordinal()) {
        best = new Resolved(actor, kind);
      }
    }
    return best;
  }

  private void surnames(AnnotatedText text, boolean isTitle, boolean[] covered, List<Found> out,
      Map<String, Person> bySurname) {
    for (int t = 0; t < text.tokenCount(); t++) {
      if (covered[t]) {
        continue;
      }
      int sentence = isTitle ? -1 : text.tokenSentence(t);
      Person p = bySurname.get(text.token(t));
      Resolved known = p != null ? p.known : resolveSurname(text, isTitle, t);
      if (known != null) {
        covered[t] = true;
        out.add(new Found(sentence, text.tokenBegin(t), text.tokenEnd(t), text.token(t), known.actor.canonical(),
            known.actor.type(), known.actor.role(), known.actor.country(), known.actor.envoy(),
            known.kind == NameVariants.Kind.EXACT ? "lexicon" : known.kind.origin()));
      } else if (p != null) {
        covered[t] = true;
        out.add(new Found(sentence, text.tokenBegin(t), text.tokenEnd(t), text.token(t), p.name, "person", p.role,
            null, false, "discovered"));
      }
    }
  }

  /**
   * A lexicon surname written alone in another spelling ("Selenskyj" for Zelenskyy): folded equal or one edit
   * apart from a surname-only alias, same folded initial. Only surnames the lexicon lets stand alone are tried.
   */
  private Resolved resolveSurname(AnnotatedText text, boolean isTitle, int t) {
    // headlines capitalise every word ("Berlin Schools Reopen"): only exact aliases count there
    if (isTitle) {
      return null;
    }
    String tok = text.token(t);
    // a sentence-initial capital may be any word ("Schools reopened"), not a surname spelt another way
    if (t == 0 || text.tokenSentence(t - 1) != text.tokenSentence(t)) {
      return null;
    }
    if (!capitalised(tok) || allCaps(tok) || tok.length() < NameVariants.MIN_EDIT_LENGTH
        || vocab.nameWordClass(tok) != null || vocab.isGivenName(tok)
        || vocab.places().longestAt(text, t, t + 1) != null || vocab.sides().longestAt(text, t, t + 1) != null
        || vocab.roles().longestAt(text, t, t + 1) != null) {
      return null;
    }
    Resolved best = null;
    String folded = NameVariants.fold(tok);
    for (int i = 0; i < surnameSpellings.size(); i++) {
      String spelling = surnameSpellings.get(i);
      NameVariants.Kind kind = tok.equals(spelling) ? NameVariants.Kind.EXACT
          : NameVariants.matchFoldedSurnameAlone(folded, foldedSurnameSpellings.get(i));
      // an alias as written reaches this point only when its gazetteer hit was set aside ("Tom Rubio")
      if (kind != null && kind != NameVariants.Kind.EXACT && (best == null || kind.ordinal() < best.kind.ordinal())) {
        best = new Resolved(actors.byAlias(spelling), kind);
      }
    }
    return best;
  }

  /** A title or cue right before the name: "governor Oleh Syniehubov", "the mayor, Ihor Terekhov", "by Jane Roe". */
  private PhraseMatcher.Match<Vocabulary.Role> roleBefore(AnnotatedText text, int nameStart) {
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
      if (m != null && m.endToken() == t + 1 && m.value().before() && cueHere(text, m)) {
        return m;
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

  private boolean nameStartCandidate(AnnotatedText text, Word w, int runEnd) {
    String tok = w.text;
    if (vocab.nameWordClass(tok) != null) {
      return false;
    }
    boolean whole = w.endToken - w.firstToken == 1 && tok.equals(text.token(w.firstToken));
    if (whole && (vocab.sides().longestAt(text, w.firstToken, w.endToken) != null
        || vocab.places().longestAt(text, w.firstToken, w.endToken) != null
        || vocab.roles().longestAt(text, w.firstToken, runEnd) != null)) {
      return false;
    }
    // acronyms (US, UN, NATO) and all-caps datelines (KYIV) are not given names
    return !allCaps(tok) || tok.length() == 2 && vocab.isGivenName(tok);
  }

  /** A title (not a mere cue like "by") starts at this word. */
  private boolean isTitle(AnnotatedText text, Word w) {
    PhraseMatcher.Match<Vocabulary.Role> m = vocab.roles().longestAt(text, w.firstToken, text.tokenCount());
    return m != null && !cueOnly(m);
  }

  /** A word that can stand inside a name (after its first word): not a place, side, month, org or acronym. */
  private boolean nameWordOk(AnnotatedText text, Word w, boolean first) {
    String tok = w.text;
    String cls = vocab.nameWordClass(tok);
    if (cls != null && !cls.equals("particle")) {
      return false;
    }
    if (!first && allCaps(tok) && tok.replace(".", "").length() > 1) {
      return false;
    }
    // titles are not names ("... Foreign Minister" left over when the name after it is a lexicon hit)
    if (isTitle(text, w)) {
      return false;
    }
    boolean whole = tok.equals(text.token(w.firstToken));
    if (whole && (vocab.places().longestAt(text, w.firstToken, text.tokenCount()) != null
        || vocab.sides().longestAt(text, w.firstToken, w.endToken) != null)) {
      return false;
    }
    return tok.chars().anyMatch(Character::isLetter);
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

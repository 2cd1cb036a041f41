package org.newstally.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newstally.nlp.numbers.Kind;
import org.newstally.nlp.numbers.NumberMention;
import org.newstally.nlp.numbers.Qualifier;

/**
 * Strike figures of one article: how many drones and missiles were launched, downed (shot down, destroyed,
 * intercepted, neutralised, suppressed — each outlet's wording) or lost to electronic warfare, by whom, against
 * whom, and for which night.
 *
 * <p>A figure is a count whose noun is a weapon term, governed by a strike verb. The rules, in order:
 * <ul>
 *   <li>measure: a verb right after the figure ("53 were shot down", "78 of them shot down") wins; else the verb
 *       before it in the same clause ("launched 91 missiles"); else a later verb in the clause ("31 Kh-101s, six
 *       Kalibrs ... were shot down"). Clauses end at ";", "while", "whereas", "but".</li>
 *   <li>a figure without a noun takes the weapon of the figure before it ("56 drones, of which 53 were shot down").</li>
 *   <li>model-specific figures (Kh-101, Kalibr, cruise missiles) after "including", "among them" ... or after a
 *       class figure of the same weapon are a breakdown and never added; on their own they stand for the class
 *       (one is the figure; several in one sentence are summed, as the text gives the parts).</li>
 *   <li>sentences about a week or a month, regional sub-counts ("over the Lviv region") and estimates are skipped.</li>
 *   <li>direction: the nationality of the weapon ("Ukrainian drones") or the subject of the verb gives the attacker
 *       (launched) or the defender (downed); "at/against/into/towards X" gives the target; Russia attacks Ukraine
 *       when nothing says otherwise.</li>
 *   <li>night: the sentence's own time expression, else the article's main night (that of its first figure, or the
 *       published date); a figure on another night is a back-reference.</li>
 *   <li>one figure per (night, attacker, target, weapon, measure) and article: an exact figure beats a hedged one
 *       ("more than a hundred" in the lede, "105" later).</li>
 * </ul>
 */
public final class StrikeExtractor {
  /** Larger figures are not plausible single-night counts ("10^9 drones", a 25-digit number). */
  static final long MAX_PLAUSIBLE = 100_000;

  /** A strike figure found in the text, before it becomes a table row. */
  public static final class Figure {
    public final int sentence;
    public final int begin;
    public final int end;
    public final String weapon;
    public final String measure;
    public final long value;
    public final String qualifier;
    public final String attacker;
    public final String target;
    public final String attribution;
    public final boolean typed;
    public final boolean breakdown;
    /** a cue in the sentence says this is an earlier night's figure ("the previous record of 193 drones") */
    boolean cuedBackReference;
    LocalDate night;
    String nightLabel;
    String nightBasis;
    boolean backReference;

    Figure(int sentence, int begin, int end, String weapon, String measure, long value, String qualifier,
        String attacker, String target, String attribution, boolean typed, boolean breakdown) {
      this.sentence = sentence;
      this.begin = begin;
      this.end = end;
      this.weapon = weapon;
      this.measure = measure;
      this.value = value;
      this.qualifier = qualifier;
      this.attacker = attacker;
      this.target = target;
      this.attribution = attribution;
      this.typed = typed;
      this.breakdown = breakdown;
    }

    public LocalDate night() { return night; }
    public String nightBasis() { return nightBasis; }
    public boolean backReference() { return backReference; }

    Figure withValue(long v, String q) {
      Figure f = new Figure(sentence, begin, end, weapon, measure, v, q, attacker, target, attribution, typed,
          breakdown);
      f.night = night;
      f.nightLabel = nightLabel;
      f.nightBasis = nightBasis;
      f.backReference = backReference;
      f.cuedBackReference = cuedBackReference;
      return f;
    }

    @Override
    public String toString() {
      return attacker + "->" + target + " " + weapon + " " + measure + " " + value + " " + qualifier + " night="
          + night + (typed ? " typed" : "") + (breakdown ? " breakdown" : "") + " s" + sentence;
    }
  }

  private static final Map<String, String> DEFAULT_TARGET = Map.of(
      "Russia", "Ukraine", "Ukraine", "Russia", "Iran", "Israel", "Israel", "Iran", "Belarus", "Ukraine",
      "Poland", "Russia");

  private final Vocabulary vocab;

  public StrikeExtractor(Vocabulary vocab) {
    this.vocab = vocab;
  }

  /** The article's figures, one per (night, attacker, target, weapon, measure). */
  List<Figure> extract(List<SentenceFacts> sentences, LocalDate published, Integer contextYear) {
    List<Figure> raw = new ArrayList<>();
    LocalDate mainNight = null;
    String mainBasis = null;
    String mainLabel = "main";
    boolean mainKnown = false;
    String publishedBasis = "published";
    if (published == null) {
      // no publication date: a coherent set of full dates in the text (a caption's "Thursday, July 31, 2025")
      // says when the report was written
      published = textReferenceDate(sentences);
      publishedBasis = "text_date";
    }
    SentenceFacts previous = null;
    List<Figure> previousFigures = List.of();
    for (SentenceFacts s : sentences) {
      List<Figure> found = figures(s);
      if (found.isEmpty() && s.weapons.isEmpty() && !previousFigures.isEmpty()) {
        Vocabulary.Weapon carried = carriedWeapon(previousFigures);
        if (carried != null) {
          found = figures(s, carried);
        }
      }
      SentenceFacts before = previous;
      List<Figure> beforeFigures = previousFigures;
      previous = s;
      previousFigures = found;
      if (found.isEmpty()) {
        continue;
      }
      TimeResolver.Ref ref = primaryRef(s.times, s.text.tokenAtOrAfter(found.get(0).begin));
      if (ref == null && !mainKnown) {
        // the lead often dates the attack ("Russia attacked Ukraine on Sunday ...") before any figure is given
        ref = leadAttackRef(sentences, s);
      } else if (ref == null && before != null && beforeFigures.isEmpty()) {
        // "The largest attack came on the night of 26 August. Russia used 127 missiles ...": the sentence before,
        // about an attack and with no figures of its own, dates these
        TimeResolver.Ref dated = primaryRef(before.times, before.from);
        if (dated != null && dated.type == TimeResolver.Type.DATE
            && !before.terms("launched", "launched_at", "hit").isEmpty()) {
          ref = dated;
        }
      }
      LocalDate night;
      String basis;
      if (ref != null) {
        night = TimeResolver.resolveNightEnd(ref, published, yearOfDate(ref, published, sentences, contextYear));
        basis = night == null ? "unresolved" : basisOf(ref);
      } else if (mainKnown) {
        night = mainNight;
        basis = mainBasis;
      } else {
        night = published;
        basis = published == null ? "unresolved" : publishedBasis;
      }
      if (!mainKnown) {
        mainNight = night;
        mainBasis = basis;
        mainLabel = night != null ? night.toString() : ref == null ? "main" : ref.toString();
        mainKnown = true;
      }
      // without a resolved date, figures of different time expressions ("overnight", "last Tuesday") stay apart
      // "overnight" without a date to resolve it is the article's own night, not a night of its own
      String label = night != null ? night.toString()
          : ref == null || ref.type == TimeResolver.Type.NIGHT ? mainLabel : ref.toString();
      for (Figure f : found) {
        f.night = night;
        f.nightLabel = ref == null && night == null ? mainLabel : label;
        f.nightBasis = basis;
        f.backReference = !Objects.equals(night, mainNight) || ref != null && isBackReference(s, ref);
        if (f.cuedBackReference) {
          // an earlier record mentioned in passing: the sentence's time expression ("overnight") dates the new
          // figure, not this one; it is never merged with the night's figures
          f.night = null;
          f.nightLabel = "earlier@" + f.begin;
          f.nightBasis = "unresolved";
          f.backReference = true;
        }
      }
      raw.addAll(found);
    }
    return reconcile(supersedeNeutralisedTotals(raw));
  }

  /**
   * The weapon a following sentence without a weapon noun of its own speaks of: that of the previous sentence's
   * figures when they all count one kind of weapon (drones, or missiles), else null.
   */
  private static Vocabulary.Weapon carriedWeapon(List<Figure> figures) {
    String weapon = null;
    for (Figure f : figures) {
      if (!f.weapon.equals("drone") && !f.weapon.equals("missile") || weapon != null && !weapon.equals(f.weapon)) {
        return null;
      }
      weapon = f.weapon;
    }
    return weapon == null ? null : new Vocabulary.Weapon(weapon, true);
  }

  /**
   * "Air defence neutralised 112 drones ... 74 were shot down, 38 were lost to jamming": a downed figure that is
   * exactly the sum of a later sentence's downed and lost figures of the same weapon and night is the neutralised
   * total of that split, and the split's downed part is the downed figure (lost drones are not downed).
   */
  private static List<Figure> supersedeNeutralisedTotals(List<Figure> raw) {
    List<Figure> out = new ArrayList<>(raw);
    for (Figure total : raw) {
      if (!total.measure.equals("downed")) {
        continue;
      }
      for (Figure part : raw) {
        if (part.sentence <= total.sentence || !part.measure.equals("downed") || !sameNight(part, total)) {
          continue;
        }
        for (Figure lost : raw) {
          if (lost.sentence == part.sentence && lost.measure.equals("lost") && sameNight(lost, total)
              && part.value + lost.value == total.value) {
            out.remove(total);
          }
        }
      }
    }
    return out;
  }

  private static boolean sameNight(Figure a, Figure b) {
    return a.weapon.equals(b.weapon) && Objects.equals(a.nightLabel, b.nightLabel)
        && Objects.equals(a.attacker, b.attacker) && Objects.equals(a.target, b.target);
  }

  /**
   * The year for a date written without one when the article has no publication date: the year written in the
   * date's own sentence ("the heaviest attack of 2024 came on the night of 26 August", "атаку 2024 года ... в
   * ночь на 26 августа"), else the article's context year. A year that opens a period ("since 2022") is no date's
   * year.
   */
  private Integer yearOfDate(TimeResolver.Ref ref, LocalDate published, List<SentenceFacts> sentences,
      Integer contextYear) {
    if (published != null || ref.type != TimeResolver.Type.DATE || ref.year != null) {
      return contextYear;
    }
    for (SentenceFacts s : sentences) {
      if (s.times.contains(ref)) {
        Integer year = sentenceYear(s);
        return year != null ? year : contextYear;
      }
    }
    return contextYear;
  }

  /** The one year written in a sentence, not counting years that open a period; null if none or several. */
  private static Integer sentenceYear(SentenceFacts s) {
    Integer year = null;
    for (int i = 0; i < s.numbers.size(); i++) {
      NumberMention m = s.numbers.get(i);
      if (m.kind() != Kind.YEAR || m.year() == null || opensPeriod(s, s.numberFirstToken[i])) {
        continue;
      }
      if (year != null && !year.equals(m.year())) {
        return null;
      }
      year = m.year();
    }
    return year;
  }

  private static boolean opensPeriod(SentenceFacts s, int yearToken) {
    // "since the start of 2022" ends in a period phrase
    return s.termEndsAt("since", yearToken) || s.termEndsAt("period", yearToken);
  }

  /** How far into the article the lead's date of the attack is looked for. */
  private static final int LEAD_SENTENCES = 5;

  /**
   * The date of an attack reported in the lead (the sentences before {@code first}, or the article's first few)
   * when the first figures carry none: "Russia attacked Ukraine on Sunday ..."; null if none.
   */
  private static TimeResolver.Ref leadAttackRef(List<SentenceFacts> sentences, SentenceFacts first) {
    for (SentenceFacts s : sentences) {
      if (s == first) {
        continue;
      }
      if (s.index > first.index && s.index >= LEAD_SENTENCES) {
        break;
      }
      if (s.terms("launched", "launched_at", "hit").isEmpty() || s.terms("period").size() > 0) {
        continue;
      }
      TimeResolver.Ref ref = primaryRef(s.times, s.from);
      if (ref != null && ref.type != TimeResolver.Type.NIGHT) {
        return ref;
      }
    }
    return null;
  }

  /**
   * The latest full date written with its weekday in the text when all such dates lie within a week of each other
   * (one report's days), else null: the reference day of an article that carries no publication date.
   */
  private LocalDate textReferenceDate(List<SentenceFacts> sentences) {
    LocalDate min = null;
    LocalDate max = null;
    for (SentenceFacts s : sentences) {
      for (TimeResolver.Ref r : s.times) {
        if (r.type != TimeResolver.Type.DATE || r.year == null || !withWeekday(s, r)) {
          continue;
        }
        LocalDate d;
        try {
          d = LocalDate.of(r.year, r.month, r.day);
        } catch (java.time.DateTimeException e) {
          continue;
        }
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }
    return max != null && !max.isAfter(min.plusDays(7)) ? max : null;
  }

  /** "Thursday, July 31, 2025": a full date written with its weekday, a calendar anchor of the report. */
  private boolean withWeekday(SentenceFacts s, TimeResolver.Ref r) {
    for (int t = Math.max(s.from, r.firstToken - 2); t < r.firstToken; t++) {
      if (vocab.lexicons().numbers().weekday(s.lower(t)) > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBackReference(SentenceFacts s, TimeResolver.Ref ref) {
    // "On Friday, Russia had fired ..." in an article whose main night has no date of its own
    for (int t = s.from; t + 1 < s.to; t++) {
      if (s.lower(t).equals("had") && (s.lower(t + 1).equals("fired") || s.lower(t + 1).equals("launched")
          || s.lower(t + 1).equals("sent") || s.lower(t + 1).equals("counted"))) {
        return ref.type != TimeResolver.Type.NIGHT;
      }
    }
    return false;
  }

  private static String basisOf(TimeResolver.Ref ref) {
    switch (ref.type) {
      case DATE: return "explicit_date";
      case WEEKDAY: return ref.last ? "last_weekday" : "weekday";
      case NIGHT: return "overnight_published";
      default: return "relative_day";
    }
  }

  /** The time expression that dates the figures of a sentence: the night itself first, reporting dates last. */
  static TimeResolver.Ref primaryRef(List<TimeResolver.Ref> refs, int figureToken) {
    TimeResolver.Ref best = null;
    int bestRank = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeResolver.Ref r : refs) {
      int rank;
      if (r.reporting || r.type == TimeResolver.Type.VAGUE_FUTURE || r.type == TimeResolver.Type.TOMORROW) {
        continue;
      } else if (r.type == TimeResolver.Type.VAGUE_PAST) {
        continue;
      } else if (r.night && r.type != TimeResolver.Type.NIGHT) {
        rank = 0;
      } else if (r.type == TimeResolver.Type.DATE && !r.parenthetical) {
        rank = 1;
      } else if (r.type == TimeResolver.Type.WEEKDAY && !r.parenthetical && !r.bare) {
        rank = 2;
      } else if (r.type == TimeResolver.Type.NIGHT) {
        rank = 3;
      } else {
        rank = 4;
      }
      // of equally specific expressions, the one nearest the figures ("on Tuesday after an attack on Monday in
      // which Russia fired 236 missiles")
      int distance = Math.abs(r.firstToken - figureToken);
      if (rank < bestRank || rank == bestRank && distance < bestDistance) {
        best = r;
        bestRank = rank;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * How precisely a figure is stated: exact, then a hedged figure that is not round ("around 382"), then a hedged
   * round one ("nearly 400", often a headline's rounding of the body's figure).
   */
  private static int precision(Figure f) {
    if ("exact".equals(f.qualifier)) {
      return 2;
    }
    return f.value % 50 == 0 ? 0 : 1;
  }

  /** Keeps one figure per key; drops breakdowns; sums model-specific parts when no class figure exists. */
  private static List<Figure> reconcile(List<Figure> raw) {
    Map<String, List<Figure>> byKey = new LinkedHashMap<>();
    for (Figure f : raw) {
      if (f.breakdown) {
        continue;
      }
      String key = f.nightLabel + "|" + f.attacker + "|" + f.target + "|" + f.weapon + "|" + f.measure;
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Figure> out = new ArrayList<>();
    for (List<Figure> group : byKey.values()) {
      Figure best = null;
      for (Figure f : group) {
        if (!f.typed && (best == null || precision(f) > precision(best))) {
          best = f;
        }
      }
      if (best == null) {
        // only model-specific figures: those of the first sentence that has any are the parts of the class figure
        int sentence = group.get(0).sentence;
        long sum = 0;
        boolean exact = true;
        Figure first = null;
        for (Figure f : group) {
          if (f.sentence == sentence) {
            sum += f.value;
            exact &= "exact".equals(f.qualifier);
            if (first == null) {
              first = f;
            }
          }
        }
        best = first.withValue(sum, exact ? "exact" : first.qualifier);
      }
      out.add(best);
    }
    return out;
  }

  /** The raw figures of one sentence. */
  List<Figure> figures(SentenceFacts s) {
    return figures(s, null);
  }

  /**
   * The raw figures of one sentence. {@code inherited}, when not null, is the weapon of the figures of the sentence
   * before, for a sentence that names none: "... neutralised 112 drones. Some 74 were shot down, 38 were lost to
   * jamming." Then only bare counts (no noun of their own) that are downed or lost are read.
   */
  private List<Figure> figures(SentenceFacts s, Vocabulary.Weapon inherited) {
    if ((s.weapons.isEmpty() && inherited == null) || s.hasTerm("estimate") || period(s)) {
      return List.of();
    }
    List<int[]> regions = regionalPhrases(s);
    List<PhraseMatcher.Match<String>> verbs = s.terms("launched", "launched_at", "reported", "downed", "lost",
        "failed", "impact", "hit");
    if (verbs.isEmpty() && s.terms("back_reference").isEmpty()) {
      return List.of();
    }
    List<Figure> out = new ArrayList<>();
    String attribution = attribution(s);
    int firstBreakdownMarker = Integer.MAX_VALUE;
    for (PhraseMatcher.Match<String> m : s.terms("breakdown")) {
      firstBreakdownMarker = Math.min(firstBreakdownMarker, m.firstToken());
    }
    List<Candidate> candidates = candidates(s);
    // "31 out of 40 missiles", "585 of the 653 drones": the whole (40, 653) is no figure of its own here; it is
    // emitted as the launch count next to its part
    java.util.Map<Integer, Candidate> references = new java.util.HashMap<>();
    for (Candidate c : candidates) {
      if (c.referenceToken >= 0) {
        for (Candidate r : candidates) {
          if (r.first == c.referenceToken) {
            references.put(c.referenceToken, r);
          }
        }
      }
    }
    Vocabulary.Weapon previousWeapon = inherited;
    int previousWeaponEnd = inherited == null ? -1 : s.from;
    java.util.Set<String> genericSeen = new java.util.HashSet<>();
    boolean relativeLaunch = false;
    for (Candidate c : candidates) {
      if (references.containsKey(c.first)) {
        continue;
      }
      Vocabulary.Weapon weapon = c.weapon;
      int weaponFirst = c.weaponFirst;
      if (weapon == null) {
        if (!c.anaphoric || previousWeapon == null) {
          continue;
        }
        weapon = previousWeapon;
        weaponFirst = previousWeaponEnd;
      }
      previousWeapon = weapon;
      previousWeaponEnd = weaponFirst;
      if (weapon.weapon().equals("ignore")) {
        continue;
      }
      PhraseMatcher.Match<String> verb = governingVerb(s, c, verbs);
      PhraseMatcher.Match<String> earlier = backReferenceCue(s, c);
      if (earlier != null) {
        verb = new PhraseMatcher.Match<>(earlier.firstToken(), earlier.endToken(), "launched", earlier.phrase());
      }
      if (verb != null && verb.value().equals("failed") && s.hasTerm("jamming")) {
        // "35 more drones did not reach their targets, probably because of electronic warfare": lost to jamming
        verb = new PhraseMatcher.Match<>(verb.firstToken(), verb.endToken(), "lost", verb.phrase());
      }
      if (verb == null || verb.value().equals("failed") || verb.value().equals("impact")
          || regional(s, c, verb, regions) || ownPredicate(s, c, verb)) {
        continue;
      }
      if (verb.value().equals("hit") && verb.firstToken() >= Math.max(c.end, c.weaponEnd)) {
        continue; // the weapons are the subject: an impact count, not a launch
      }
      String measure = verb.value().equals("launched_at") || verb.value().equals("reported")
          || verb.value().equals("hit") ? "launched" : verb.value();
      if (inherited != null && !(measure.equals("downed") || measure.equals("lost"))) {
        continue;
      }
      if (!measure.equals("launched") && (isWholeOfPartitive(s, c, candidates)
          || verb.firstToken() >= c.end && partitiveClauseBetween(s, ownPartitiveEnd(s, c), verb.firstToken()))) {
        // "30 drones, 24 of which were shot down": the verb belongs to the part; the whole was launched
        measure = "launched";
      }
      if (weapon.weapon().equals("total") && !measure.equals("launched")) {
        continue; // a combined downed count has no column of its own: it stays a numeric claim
      }
      String cls = weapon.weapon() + "/" + measure;
      boolean typed = !weapon.generic() && c.weapon != null;
      boolean breakdown = typed && (c.first > firstBreakdownMarker || genericSeen.contains(cls));
      if (!typed) {
        genericSeen.add(cls);
      }
      if (c.value < 1 || c.value > MAX_PLAUSIBLE) {
        continue;
      }
      String[] direction = direction(s, c, weaponFirst, verb);
      int begin = s.begin + c.charBegin;
      int end = s.begin + c.charEnd;
      Figure figure = new Figure(s.index, begin, end, weapon.weapon(), measure, c.value, c.qualifier, direction[0],
          direction[1], attribution, typed, breakdown);
      figure.cuedBackReference = earlier != null;
      out.add(figure);
      if (earlier != null) {
        continue;
      }
      Candidate whole = c.referenceToken >= 0 ? references.get(c.referenceToken) : null;
      if (whole != null && !measure.equals("launched") && whole.value >= c.value && whole.value <= MAX_PLAUSIBLE) {
        out.add(new Figure(s.index, s.begin + whole.charBegin, s.begin + whole.charEnd, weapon.weapon(), "launched",
            whole.value, whole.qualifier, direction[0], direction[1], attribution, typed, breakdown));
      } else if (verb.value().equals("downed") && c.all && !launchedInRelativeClause(s, c)) {
        // "shot down all 29 drones": all that were launched
        out.add(new Figure(s.index, begin, end, weapon.weapon(), "launched", c.value, c.qualifier, direction[0],
            direction[1], attribution, typed, breakdown));
      }
      if (verb.value().equals("downed") && (c.all || relativeLaunch) && launchedInRelativeClause(s, c)) {
        // "shot down all 89 drones and the single missile that Russia launched": also the launch counts
        relativeLaunch = true;
        out.add(new Figure(s.index, begin, end, weapon.weapon(), "launched", c.value, c.qualifier, direction[0],
            direction[1], attribution, typed, breakdown));
      }
    }
    return out;
  }

  /** A count in the sentence with the weapon term it counts (or none, for "53 were shot down"). */
  private static final class Candidate {
    int first;
    int end;
    int charBegin;
    int charEnd;
    long value;
    String qualifier;
    Vocabulary.Weapon weapon;
    int weaponFirst;
    int weaponEnd;
    boolean anaphoric;
    boolean all;
    /** the token of "653" in "585 of the 653 drones", or -1 */
    int referenceToken = -1;
  }

  private List<Candidate> candidates(SentenceFacts s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.numbers.size(); i++) {
      NumberMention m = s.numbers.get(i);
      if (m.kind() != Kind.COUNT || m.valueMax() != null) {
        continue;
      }
      double v = m.value();
      if (v != Math.rint(v) || Double.isInfinite(v)) {
        continue;
      }
      Candidate c = new Candidate();
      c.first = s.numberFirstToken[i];
      c.end = s.numberEndToken[i];
      c.charBegin = m.begin();
      c.charEnd = m.end();
      c.value = v > Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
      c.qualifier = m.qualifier().code();
      c.all = c.first > s.from && s.lower(c.first - 1).equals("all");
      if (c.first > s.from + 1 && s.lower(c.first - 1).equals("but") && s.lower(c.first - 2).equals("all")) {
        continue; // "all but one were shot down": the one is the exception, not a count of downed
      }
      locateWeapon(s, c);
      if (c.weapon == null) {
        String object = m.object();
        c.anaphoric = object == null || object.equals("them") || object.equals("those") || object.equals("which")
            || object.equals("others") || object.equals("other") || object.equals("more")
            || afterOfWhich(s, c.first); // "dont 64 ont été abattus": whatever word follows, a part of the figure
      }
      out.add(c);
    }
    // "18 ballistic and seven cruise missiles": the first number shares the second one's weapon noun
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate c = out.get(i);
      Candidate next = out.get(i + 1);
      if (c.weapon == null && next.weapon != null && !next.weapon.generic() && next.first == c.end + 2
          && s.lower(c.end + 1).equals("and") && Character.isLetter(s.lower(c.end).charAt(0))) {
        c.weapon = new Vocabulary.Weapon(next.weapon.weapon(), false);
        c.weaponFirst = c.end;
        c.weaponEnd = c.end + 1;
        c.anaphoric = false;
      }
    }
    // "an Iskander-M ballistic missile", "a ballistic Iskander-M missile": one of a named model
    for (PhraseMatcher.Match<String> article : s.terms("one")) {
      int t = article.firstToken();
      for (int u = t + 1; u <= t + 2 && u < s.to; u++) {
        PhraseMatcher.Match<Vocabulary.Weapon> w = vocab.weapons().longestAt(s.text, u, s.to);
        if (w == null) {
          continue;
        }
        String cls = w.value().weapon();
        if (!w.value().generic() && (cls.equals("missile") || cls.equals("drone"))
            && !modifierOfAttack(s, w.endToken())) {
          Candidate c = new Candidate();
          c.first = t;
          c.end = t + 1;
          c.charBegin = s.tokenBegin(t) - s.begin;
          c.charEnd = s.text.tokenEnd(t) - s.begin;
          c.value = 1;
          c.qualifier = Qualifier.EXACT.code();
          c.weapon = w.value();
          c.weaponFirst = w.firstToken();
          c.weaponEnd = w.endToken();
          insertByPosition(out, c);
        }
        break;
      }
    }
    // "destroyed the missile" (the one launched), "both missiles": counts no number writes
    for (int t = s.from; t + 1 < s.to; t++) {
      boolean both = s.lower(t).equals("both");
      if (!both && !s.lower(t).equals("the")) {
        continue;
      }
      PhraseMatcher.Match<Vocabulary.Weapon> w = vocab.weapons().longestAt(s.text, t + 1, s.to);
      if (w == null || !(w.value().weapon().equals("missile") || w.value().weapon().equals("drone"))
          || modifierOfAttack(s, w.endToken())) {
        continue;
      }
      boolean plural = s.lower(w.endToken() - 1).endsWith("s");
      if (both != plural || !both && !rightAfterDowningVerb(s, t) || countedNoun(out, w.firstToken())) {
        continue;
      }
      Candidate c = new Candidate();
      c.first = t;
      c.end = t + 1;
      c.charBegin = s.tokenBegin(t) - s.begin;
      c.charEnd = s.text.tokenEnd(t) - s.begin;
      c.value = both ? 2 : 1;
      c.qualifier = Qualifier.EXACT.code();
      c.weapon = w.value();
      c.weaponFirst = w.firstToken();
      c.weaponEnd = w.endToken();
      insertByPosition(out, c);
    }
    // "the single Kh-59 guided missile", "a single missile": one, though no number is written
    for (int t = s.from; t + 1 < s.to; t++) {
      if (s.lower(t).equals("single") && t > s.from
          && (s.lower(t - 1).equals("the") || s.lower(t - 1).equals("a"))) {
        Candidate c = new Candidate();
        c.first = t;
        c.end = t + 1;
        c.charBegin = s.tokenBegin(t - 1) - s.begin;
        c.charEnd = s.text.tokenEnd(t) - s.begin;
        c.value = 1;
        c.qualifier = Qualifier.EXACT.code();
        locateWeapon(s, c);
        if (c.weapon != null) {
          insertByPosition(out, c);
        }
      }
    }
    return out;
  }

  /** Nouns after a weapon word that make it a modifier: "a Shahed attack", "an Iskander launcher". */
  private static final java.util.Set<String> NOT_A_WEAPON_AFTER = java.util.Set.of("attack", "attacks", "strike",
      "strikes", "launcher", "launchers", "system", "systems", "debris", "fragment", "fragments", "wreckage", "parts",
      "production", "factory", "plant", "unit", "units", "programme", "program", "threat", "alert", "danger");

  /** "a ballistic missile and drone attack", "an Iskander launcher": the weapon word modifies a noun after it. */
  private static boolean modifierOfAttack(SentenceFacts s, int end) {
    for (int t = end; t < Math.min(s.to, end + 3); t++) {
      if (NOT_A_WEAPON_AFTER.contains(s.lower(t))) {
        return true;
      }
      if (t > end && !s.lower(t - 1).equals("and") || isNumberToken(s, t) || isBoundary(s.lower(t)) && t > end
          && !s.lower(t).equals("and")) {
        return false;
      }
    }
    return false;
  }

  private static void insertByPosition(List<Candidate> list, Candidate c) {
    int i = 0;
    while (i < list.size() && list.get(i).first < c.first) {
      i++;
    }
    list.add(i, c);
  }

  /**
   * The weapon term counted by a number: within five tokens after it, skipping "of the" and modifiers; in "585 of
   * the 653 drones" the second number is a reference to a figure given before, skipped (and not a figure itself).
   */
  private void locateWeapon(SentenceFacts s, Candidate c) {
    int limit = Math.min(s.to, c.end + 6);
    int whole = partitiveWhole(s, c.end);
    if (whole >= 0) {
      c.referenceToken = whole;
      limit = Math.min(s.to, whole + 7);
    }
    for (int t = c.end; t < limit; t++) {
      if (t == whole) {
        continue;
      }
      if (t >= c.end + 2 && s.lower(t - 2).equals("of") && s.lower(t - 1).equals("the") && isNumberToken(s, t)) {
        c.referenceToken = t;
        limit = Math.min(s.to, limit + 2);
        continue;
      }
      PhraseMatcher.Match<Vocabulary.Weapon> w = vocab.weapons().longestAt(s.text, t, s.to);
      if (w != null) {
        c.weapon = w.value();
        c.weaponFirst = w.firstToken();
        c.weaponEnd = w.endToken();
        int after = partitiveWhole(s, w.endToken());
        if (after >= 0 && c.referenceToken < 0) {
          // "36 cruise missiles out of 43 launched": the whole follows the weapon
          c.referenceToken = after;
        }
        int other = otherClassWithoutNumber(s, w);
        if (other > 0) {
          // "82 missiles and Iranian-designed Shahed drones": one number for both classes is a combined total
          c.weapon = COMBINED;
          c.weaponEnd = other;
        }
        return;
      }
      String tok = s.lower(t);
      if (isBoundary(tok) || isVerbTerm(s, t) || isNumberToken(s, t)) {
        return;
      }
    }
  }

  private static final Vocabulary.Weapon COMBINED = new Vocabulary.Weapon("total", true);

  /** Prepositions before the side attacked: "at Ukraine", "contre Israël", "gegen die Ukraine". */
  private static final java.util.Set<String> TARGET_PREPOSITIONS = java.util.Set.of("at", "against", "into", "on",
      "towards", "toward", "over", "contre", "gegen", "contra", "contro", "asupra", "по", "на", "proti");

  /**
   * Quantity words that give the second weapon a count of its own: "40 drones and several missiles", "28 drones
   * and both missiles", "18 drones and the missile".
   */
  private static final java.util.Set<String> OWN_QUANTITY = java.util.Set.of("several", "some", "dozens", "many",
      "numerous", "multiple", "few", "other", "more", "additional", "further", "both", "the", "all");

  /** "and" in the languages the weapon lexicon covers: "drones et missiles", "Drohnen und Raketen". */
  private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "et", "und", "y", "e", "и",
      "і", "та", "og", "și", "i");

  /**
   * The end token of a weapon of the other class joined by "and" without a number of its own ("missiles and
   * kamikaze drones"), or -1.
   */
  private int otherClassWithoutNumber(SentenceFacts s, PhraseMatcher.Match<Vocabulary.Weapon> w) {
    String cls = w.value().weapon();
    int t = w.endToken();
    if (!cls.equals("drone") && !cls.equals("missile") || t >= s.to || !CONJUNCTIONS.contains(s.lower(t))) {
      return -1;
    }
    for (int u = t + 1; u < Math.min(s.to, t + 6); u++) {
      if (isNumberToken(s, u) || isBoundary(s.lower(u)) || isVerbTerm(s, u) || s.lower(u).equals("the")
          || s.lower(u).equals("a") || s.lower(u).equals("an") || OWN_QUANTITY.contains(s.lower(u))) {
        return -1;
      }
      PhraseMatcher.Match<Vocabulary.Weapon> next = vocab.weapons().longestAt(s.text, u, s.to);
      if (next != null) {
        String nc = next.value().weapon();
        return (nc.equals("drone") || nc.equals("missile")) && !nc.equals(cls) ? next.endToken() : -1;
      }
    }
    return -1;
  }

  /** Words between "of" and the whole in a partitive: "out of a record 520", "of the total 90", "of all 40". */
  private static final java.util.Set<String> PARTITIVE_FILLERS = java.util.Set.of("the", "a", "an", "record",
      "total", "overall", "all", "some", "reported");

  /**
   * The token of the whole in a partitive right after a number: "31 out of 40", "66 of 70", "450 out of a record
   * 520", "585 of the 653"; -1 if there is none.
   */
  static int partitiveWhole(SentenceFacts s, int t) {
    int after = -1;
    for (PhraseMatcher.Match<String> m : s.terms) {
      if (m.firstToken() == t && m.value().equals("partitive")) {
        after = m.endToken();
        break;
      }
    }
    if (after < 0) {
      return -1;
    }
    t = after;
    int fillers = 0;
    while (t < s.to && PARTITIVE_FILLERS.contains(s.lower(t)) && fillers < 3) {
      t++;
      fillers++;
    }
    return t < s.to && isNumberToken(s, t) ? t : -1;
  }

  /** A back-reference cue right before the figure ("the previous record of 193 drones"), or null. */
  private static PhraseMatcher.Match<String> backReferenceCue(SentenceFacts s, Candidate c) {
    for (PhraseMatcher.Match<String> m : s.terms("back_reference")) {
      if (m.endToken() <= c.first && c.first - m.endToken() <= 2 && !crosses(s, m.endToken(), c.first, true)) {
        return m;
      }
    }
    return null;
  }

  /** "30 drones, 24 of which ...", "12 missiles, nine of them": the figure is the whole of the next one's part. */
  private static boolean isWholeOfPartitive(SentenceFacts s, Candidate c, List<Candidate> candidates) {
    int after = Math.max(c.end, c.weaponEnd);
    for (Candidate n : candidates) {
      if (n.first < after) {
        continue;
      }
      if (n.first - after > 2 || n.weapon != null) {
        return false;
      }
      for (int t = after; t < n.first; t++) {
        if (!s.lower(t).equals(",") && !s.lower(t).equals("(")) {
          return false;
        }
      }
      return ofWhichAt(s, n.end) > 0;
    }
    return false;
  }

  private static boolean isNumberToken(SentenceFacts s, int t) {
    for (int i = 0; i < s.numbers.size(); i++) {
      if (s.numberFirstToken[i] == t) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(String tok) {
    return tok.equals(",") || tok.equals(";") || tok.equals(":") || tok.equals(".") || tok.equals("(")
        || tok.equals(")") || tok.equals("and") || tok.equals("or") || tok.equals("were") || tok.equals("was")
        || tok.equals("had") || tok.equals("have") || tok.equals("them") || tok.equals("which");
  }

  /** Roles of strike_terms that are no verb: a weapon noun is looked for past them. */
  private static final java.util.Set<String> NOT_VERBS = java.util.Set.of("breakdown", "partitive", "one", "since",
      "jamming", "of_which");

  private static boolean isVerbTerm(SentenceFacts s, int t) {
    for (PhraseMatcher.Match<String> m : s.terms) {
      if (m.firstToken() == t && !NOT_VERBS.contains(m.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBoundary(SentenceFacts s, int t) {
    String w = s.lower(t);
    // ", but" starts a clause; "406 drones but only nine missiles" is one
    return w.equals(";") || w.equals("while") || w.equals("whereas")
        || w.equals("but") && t > s.from && s.lower(t - 1).equals(",");
  }

  /** The strike verb that says what happened to the counted weapons. */
  private static PhraseMatcher.Match<String> governingVerb(SentenceFacts s, Candidate c,
      List<PhraseMatcher.Match<String>> verbs) {
    int objectEnd = Math.max(c.end, c.weaponEnd);
    int ownPartitive = c.weapon == null ? ofWhichAt(s, objectEnd) : 0;
    if (ownPartitive > 0) {
      // "24 of which were shot down": "which" is the figure's own partitive, not a relative clause
      objectEnd += ownPartitive;
    }
    if (c.referenceToken >= 0) {
      // "shot down 66 of 70 drones launched overnight": the verb after the noun describes the whole
      PhraseMatcher.Match<String> before = null;
      for (PhraseMatcher.Match<String> v : verbs) {
        if (v.endToken() <= c.first && !crosses(s, v.endToken(), c.first, false)) {
          before = v;
        }
      }
      if (before != null) {
        return before;
      }
    }
    // 1. a verb right after the figure ("199 drones and 36 missiles were shot down", "23 lost locally")
    for (PhraseMatcher.Match<String> v : verbs) {
      if (v.firstToken() < objectEnd) {
        continue;
      }
      if (v.firstToken() - objectEnd > 4 || crosses(s, objectEnd, v.firstToken(), true)
          || relativeBetween(s, objectEnd, v.firstToken()) || prepositionBetween(s, objectEnd, v.firstToken())
          || v.value().equals("launched") && downedBefore(s, c, verbs)) {
        break;
      }
      if (v.value().equals("reported")) {
        // "37 drones were recorded as locationally lost": the later verb says what happened
        for (PhraseMatcher.Match<String> w : verbs) {
          if (w.firstToken() > v.firstToken() && w.firstToken() - v.endToken() <= 4 && !w.value().equals("reported")
              && !crosses(s, v.endToken(), w.firstToken(), true)) {
            return w;
          }
        }
      }
      return v;
    }
    // 2. the verb before it in the same clause ("launched 91 missiles and 97 drones"), unless a partitive
    // "of which" opens a clause of its own in between ("involved 574 drones ..., of which 546 drones ... were shot
    // down")
    PhraseMatcher.Match<String> before = null;
    for (PhraseMatcher.Match<String> v : verbs) {
      if (v.endToken() <= c.first && !crosses(s, v.endToken(), c.first, false)
          && !partitiveClauseBetween(s, v.endToken(), c.first)) {
        before = v;
      }
    }
    if (before != null) {
      return before;
    }
    // 3. a later verb in the same clause ("31 Kh-101s, six Kalibrs and all four Kh-59/69s were shot down"), unless
    // a vague part takes it ("jets shot several of them down")
    for (PhraseMatcher.Match<String> v : verbs) {
      if (v.firstToken() >= objectEnd && !crosses(s, objectEnd, v.firstToken(), false)
          && !vaguePartBetween(s, objectEnd, v.firstToken())) {
        return v;
      }
    }
    return null;
  }

  /** "... missile that Russia launched": the verb belongs to a relative clause about the noun, not to the figure. */
  private static boolean relativeBetween(SentenceFacts s, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = s.lower(t);
      if (w.equals("that") || w.equals("which") || w.equals("who")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [from, to) contain a clause boundary, or (when {@code numbersToo}) another number. */
  private static boolean crosses(SentenceFacts s, int from, int to, boolean numbersToo) {
    for (int t = from; t < to; t++) {
      if (isClauseBoundary(s, t)) {
        return true;
      }
      if (numbersToo && (isNumberToken(s, t) || s.lower(t).equals(","))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A downing verb governs the figure from before, in the same clause ("shot down 29 missiles and 15 drones
   * launched by Russia"): a launch word after the noun is a participle describing it.
   */
  private static boolean downedBefore(SentenceFacts s, Candidate c, List<PhraseMatcher.Match<String>> verbs) {
    PhraseMatcher.Match<String> before = null;
    for (PhraseMatcher.Match<String> v : verbs) {
      if (v.endToken() <= c.first && !crosses(s, v.endToken(), c.first, false)) {
        before = v;
      }
    }
    return before != null && (before.value().equals("downed") || before.value().equals("lost"));
  }

  /**
   * How many tokens the partitive relative at token t takes ("of which", "of them", "di cui", "davon", "з них":
   * strike_terms role of_which), or 0.
   */
  private static int ofWhichAt(SentenceFacts s, int t) {
    PhraseMatcher.Match<String> m = s.termStartingAt("of_which", t);
    return m == null ? 0 : m.endToken() - t;
  }

  /** A partitive relative ends right before token t ("of which 546", "dont 64"). */
  private static boolean afterOfWhich(SentenceFacts s, int t) {
    return s.termEndsAt("of_which", t);
  }

  /** The token after a figure and its own partitive ("24 of which"), where another partitive would start. */
  private static int ownPartitiveEnd(SentenceFacts s, Candidate c) {
    int t = Math.max(c.end, c.weaponEnd);
    return t + ofWhichAt(s, t);
  }

  /** "..., of which 546 drones ...": a partitive relative clause starts between the two tokens. */
  private static boolean partitiveClauseBetween(SentenceFacts s, int from, int to) {
    for (int t = from; t + 1 < to; t++) {
      int ofWhich = ofWhichAt(s, t);
      if (ofWhich > 0) {
        // only a counted part opens the clause ("of which 546 drones", "24 of which"); "many of them decoys"
        // describes the figure itself
        boolean numberAfter = t + ofWhich < s.to && isNumberToken(s, t + ofWhich);
        boolean numberBefore = t > s.from && isNumberToken(s, t - 1);
        if (numberAfter || numberBefore) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "shot several of them down": a part without a number right before the later verb is that verb's object ("45
   * drones, many of them decoys, were lost" is not: there the verb is the figure's own).
   */
  private static boolean vaguePartBetween(SentenceFacts s, int from, int to) {
    int t = to - 2;
    return t > from && s.lower(t).equals("of") && (s.lower(t + 1).equals("them") || s.lower(t + 1).equals("those"))
        && !isNumberToken(s, t - 1);
  }

  /** Prepositions that put a later cue word in a phrase of its own: "21 drones during night attacks". */
  private static final java.util.Set<String> PHRASE_PREPOSITIONS = java.util.Set.of("during", "in", "amid", "after",
      "before", "since", "throughout");

  /** A preposition between the figure and a later cue: the cue is a noun of that phrase, not the figure's verb. */
  private static boolean prepositionBetween(SentenceFacts s, int from, int to) {
    for (int t = from; t < to; t++) {
      if (PHRASE_PREPOSITIONS.contains(s.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** "launched" inside a relative clause after the figure: "all 89 drones ... that Russia launched". */
  private static boolean launchedInRelativeClause(SentenceFacts s, Candidate c) {
    boolean relative = false;
    for (int t = c.end; t < s.to; t++) {
      String w = s.lower(t);
      if (w.equals("that") || w.equals("which")) {
        relative = true;
      } else if (relative && isLaunchVerb(s, t)) {
        return true;
      } else if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isLaunchVerb(SentenceFacts s, int t) {
    for (PhraseMatcher.Match<String> m : s.terms) {
      if (m.firstToken() == t && m.value().equals("launched")) {
        return true;
      }
    }
    return false;
  }

  /** [attacker, target] of a figure. */
  private String[] direction(SentenceFacts s, Candidate c, int weaponFirst, PhraseMatcher.Match<String> verb) {
    if (verb.value().equals("downed") || verb.value().equals("lost")) {
      // "Russia attacked with 77 drones, of which 61 were intercepted": the launch earlier in the sentence says who
      for (PhraseMatcher.Match<String> v : s.terms("launched", "launched_at", "hit")) {
        if (v.endToken() <= verb.firstToken()) {
          return direction(s, c, weaponFirst, v);
        }
      }
    }
    String weaponSide = null;
    // nationality right before the weapon or between the number and it: "174 Ukrainian drones"
    for (PhraseMatcher.Match<String> side : s.sides) {
      if (side.firstToken() >= c.first && side.firstToken() < Math.max(weaponFirst, c.end + 1)
          && side.firstToken() < c.weaponEnd) {
        weaponSide = side.value();
      }
    }
    String subject = null;
    boolean subjectDefends = false;
    String object = null;
    for (PhraseMatcher.Match<String> side : s.sides) {
      if (side.endToken() <= verb.firstToken() && !(side.firstToken() >= c.first && side.firstToken() < c.weaponEnd)) {
        if (side.firstToken() > s.from && s.lower(side.firstToken() - 1).equals("of")) {
          continue; // "the General Staff of the Armed Forces of Ukraine": part of a name, not the subject
        }
        if (modifiesWeapon(s, side)) {
          continue; // "shot down 76 Russian drones, while another 95 were lost": the nationality of other weapons
        }
        if (isLaunchVerbEnd(s, side.firstToken())) {
          object = side.value(); // "Russia blitzed Ukraine with ...": the object of the attack is its target
          continue;
        }
        subject = side.value();
        subjectDefends = isDefenceBody(s, side.endToken());
      }
    }
    String targetAfter = null;
    for (PhraseMatcher.Match<String> side : s.sides) {
      if (side.firstToken() > verb.firstToken() && side.firstToken() > 0) {
        String prev = s.lower(side.firstToken() - 1);
        if (TARGET_PREPOSITIONS.contains(prev)) {
          targetAfter = side.value();
          break;
        }
      }
    }
    String agent = null;
    for (PhraseMatcher.Match<String> side : s.sides) {
      int t = side.firstToken();
      // only the agent of the launch itself: "launched by Russia", not "shot down by Ukraine" later on
      int by = t - 1 >= s.from && s.lower(t - 1).equals("by") ? t - 1
          : t - 2 >= s.from && s.lower(t - 1).equals("the") && s.lower(t - 2).equals("by") ? t - 2 : -1;
      if (by >= 0 && by == verb.endToken()) {
        agent = side.value(); // "75 Iranian drones were launched by Russia": the agent attacks, the make does not
        break;
      }
    }
    if (agent != null && (verb.value().equals("launched") || verb.value().equals("hit"))) {
      weaponSide = null;
      subject = agent;
    }
    if (targetAfter == null && object != null && !object.equals(subject)) {
      targetAfter = object;
    }
    boolean russianPlace = russianPlace(s);
    String attacker;
    String target;
    if (verb.value().equals("launched_at")) {
      // "Ukraine faced 823 drones": the subject is the side attacked
      target = subject != null ? subject : "Ukraine";
      attacker = weaponSide != null ? weaponSide : DEFAULT_TARGET.getOrDefault(target, "Russia");
    } else if ((verb.value().equals("launched") || verb.value().equals("hit")) && subjectDefends
        && weaponSide == null && targetAfter == null) {
      // "Ukraine's air force reported 34 missiles launched": the side named is the one that counted them
      target = subject;
      attacker = DEFAULT_TARGET.getOrDefault(target, "Russia");
    } else if (verb.value().equals("launched") || verb.value().equals("hit")) {
      attacker = weaponSide != null ? weaponSide : subject != null && !subject.equals(targetAfter) ? subject : null;
      target = targetAfter;
      if (attacker == null) {
        attacker = target != null && !target.equals("Ukraine") ? DEFAULT_TARGET.getOrDefault(target, "Russia")
            : "Russia";
      }
      if (target == null || target.equals(attacker)) {
        target = DEFAULT_TARGET.getOrDefault(attacker, "Ukraine");
      }
    } else {
      // downed or lost: the defender is the subject ("Ukraine's air force said ... shot down") or named place
      target = weaponSide != null ? DEFAULT_TARGET.getOrDefault(weaponSide, null) : null;
      if (target == null) {
        target = russianPlace ? "Russia" : subject != null && !subject.equals("Poland") ? subject : "Ukraine";
      }
      attacker = weaponSide != null ? weaponSide : DEFAULT_TARGET.getOrDefault(target, "Russia");
      if (attacker.equals(target)) {
        attacker = DEFAULT_TARGET.getOrDefault(target, "Russia");
      }
    }
    return new String[] {attacker, target};
  }

  /** Verbs that give a pronoun-like figure a predicate of its own: "..., and one is still in the air". */
  private static final java.util.Set<String> OWN_PREDICATE = java.util.Set.of("is", "are", "was", "remains",
      "remained", "remain");

  /**
   * A figure without a weapon of its own, after a comma, followed by a verb of its own: the earlier cue does not
   * govern it ("26 drones were lost locally, and one is still in the air").
   */
  private static boolean ownPredicate(SentenceFacts s, Candidate c, PhraseMatcher.Match<String> verb) {
    if (c.weapon != null || verb.endToken() > c.first || c.end >= s.to
        || !OWN_PREDICATE.contains(s.lower(c.end))) {
      return false;
    }
    for (int t = verb.endToken(); t < c.first; t++) {
      if (s.lower(t).endsWith(",")) { // "consequences)," can be one token
        return true;
      }
    }
    return false;
  }

  /** A nationality right before a weapon word ("Russian drones", "Russian attack drones"). */
  private boolean modifiesWeapon(SentenceFacts s, PhraseMatcher.Match<String> side) {
    for (int t = side.endToken(); t < Math.min(s.to, side.endToken() + 2); t++) {
      if (vocab.weapons().longestAt(s.text, t, s.to) != null) {
        return true;
      }
    }
    return false;
  }

  /** A launch term ends right before token t ("attacked Ukraine", "blitzed Ukraine"). */
  private static boolean isLaunchVerbEnd(SentenceFacts s, int t) {
    for (PhraseMatcher.Match<String> m : s.terms) {
      if (m.endToken() == t && (m.value().equals("launched") || m.value().equals("hit"))) {
        return true;
      }
    }
    return false;
  }

  /** "Ukraine's air force", "Ukrainian air defence", "Ukrainian defenders": the side's defence counts the figures. */
  private static boolean isDefenceBody(SentenceFacts s, int t) {
    if (t < s.to && (s.lower(t).equals("'s") || s.lower(t).equals("\u2019s"))) {
      t++;
    }
    if (t >= s.to) {
      return false;
    }
    String w = s.lower(t);
    String next = t + 1 < s.to ? s.lower(t + 1) : "";
    return w.equals("defenders") || w.equals("air") && (next.equals("force") || next.equals("defense")
        || next.equals("defence") || next.equals("command") || next.equals("forces"))
        || (w.equals("defense") || w.equals("defence")) && next.equals("forces");
  }

  /** Air defence over a Russian place ("over the Belgorod region", "towards the capital, Moscow Mayor ..."). */
  /** "destroyed the missile": the article right after a downing verb. */
  private static boolean rightAfterDowningVerb(SentenceFacts s, int article) {
    return s.termEndsAt("downed", article);
  }

  /** A candidate already counts the weapon noun starting at {@code weaponFirst}. */
  private static boolean countedNoun(List<Candidate> candidates, int weaponFirst) {
    for (Candidate c : candidates) {
      if (c.weapon != null && c.weaponFirst == weaponFirst) {
        return true;
      }
    }
    return false;
  }

  /** "the drones that Moscow launched": a capital right before a launch verb is the attacker, not where it happened. */
  private static boolean subjectOfLaunch(SentenceFacts s, int placeEnd) {
    return s.termStartingAt("launched", placeEnd) != null || s.termStartingAt("launched", placeEnd + 1) != null;
  }

  private static boolean russianPlace(SentenceFacts s) {
    for (PhraseMatcher.Match<Vocabulary.Place> p : s.places) {
      if (!"Russia".equals(p.value().country()) || p.value().type().equals("venue")) {
        continue;
      }
      int t = p.firstToken();
      String prev = t > s.from ? s.lower(t - 1) : "";
      String prev2 = t > s.from + 1 ? s.lower(t - 2) : "";
      if (prev.equals("from") || prev2.equals("from") || subjectOfLaunch(s, p.endToken())) {
        continue;
      }
      return true;
    }
    for (int t = s.from; t + 1 < s.to; t++) {
      if ((s.lower(t).equals("russian") || s.lower(t).equals("russia's"))
          && (s.lower(t + 1).equals("regions") || s.lower(t + 1).equals("territory")
          || s.lower(t + 1).equals("airspace"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A weekly or monthly total ("over the past week", "in October"), unless the sentence names the night itself
   * ("overnight", "last night's attack") — then the period words describe something else ("a day of mourning").
   */
  private boolean period(SentenceFacts s) {
    for (TimeResolver.Ref r : s.times) {
      if (r.type == TimeResolver.Type.NIGHT || r.night) {
        return false;
      }
    }
    return s.hasTerm("period") || monthPeriod(s);
  }

  /** "In October, ... Russia launched more than 5,000 drones": a month without a day is a monthly total. */
  private boolean monthPeriod(SentenceFacts s) {
    for (int t = s.from; t + 1 < s.to; t++) {
      if ((s.lower(t).equals("in") || s.lower(t).equals("during")) && vocab.lexicons().numbers()
          .month(s.lower(t + 1)) > 0) {
        boolean day = t + 2 < s.to && isNumberToken(s, t + 2);
        if (!day) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Phrases that make a figure a regional sub-count — "over the Lviv region", "in the Ivano-Frankivsk region",
   * "over the region" — as [firstToken, endToken) spans. Plural "regions" is a national figure ("over 15 regions").
   */
  private static List<int[]> regionalPhrases(SentenceFacts s) {
    List<int[]> out = new ArrayList<>();
    for (PhraseMatcher.Match<String> m : s.terms("regional")) {
      out.add(new int[] {m.firstToken(), m.endToken()});
    }
    for (int t = s.from; t < s.to; t++) {
      if (!s.lower(t).equals("region") && !s.lower(t).equals("oblast")) {
        continue;
      }
      // walk back over the region's name to the preposition
      int k = t - 1;
      while (k >= s.from && Character.isUpperCase(s.text.token(k).charAt(0))) {
        k--;
      }
      if (k >= s.from && s.lower(k).equals("the") && k - 1 >= s.from) {
        String prep = s.lower(k - 1);
        if (prep.equals("over") || prep.equals("in")) {
          out.add(new int[] {k - 1, t + 1});
        }
      }
    }
    return out;
  }

  /**
   * A figure is regional when such a phrase follows it or its verb closely ("destroyed 24 over the Moscow region",
   * "had been shot down over the region") or opens the sentence before any figure ("Over the Lviv region, he said,
   * air defence destroyed 19 drones").
   */
  private static boolean regional(SentenceFacts s, Candidate c, PhraseMatcher.Match<String> verb,
      List<int[]> regions) {
    for (int[] r : regions) {
      // "58 drones and three missiles had been shot down over the region"
      if (r[0] >= verb.endToken() && r[0] - verb.endToken() <= 2) {
        return true;
      }
      int objectEnd = Math.max(c.end, c.weaponEnd);
      if (r[0] >= objectEnd && r[0] - objectEnd <= 4) {
        return true;
      }
      if (r[1] <= firstFigure(s) && !clauseBetween(s, r[1], c.first)) {
        return true;
      }
    }
    return false;
  }

  private static int firstFigure(SentenceFacts s) {
    int first = s.to;
    for (int i = 0; i < s.numbers.size(); i++) {
      first = Math.min(first, s.numberFirstToken[i]);
    }
    return first;
  }

  private static boolean clauseBetween(SentenceFacts s, int from, int to) {
    for (int t = from; t < to; t++) {
      if (isClauseBoundary(s, t)) {
        return true;
      }
    }
    return false;
  }

  private static String attribution(SentenceFacts s) {
    for (ActorExtractor.Found a : s.actors) {
      if (!a.isPerson()) {
        String name = a.actor;
        if (name.equals("Ukrainian Air Force") || name.equals("Russian Ministry of Defence")
            || name.equals("General Staff of Ukraine")) {
          return name;
        }
      }
    }
    for (ActorExtractor.Found a : s.actors) {
      if (a.isPerson()) {
        return a.actor;
      }
    }
    return null;
  }

}

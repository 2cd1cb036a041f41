package org.newstally.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newstally.model.ActorMention;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;
import org.newstally.nlp.NameVariants;

/**
 * Scores the extract job's tables against gold annotations. The measures and their exact definitions are in
 * docs/evaluate.md; in short: strike figures per article (P/R/F1, then qualifier and night_end accuracy on the
 * matched ones), drones lost to jamming apart, held meetings as participant pairs (P/R/F1) plus status and duration
 * accuracy on aligned meetings, person actors per article (P/R/F1), and the per-night table against the gold
 * consensus of each night.
 *
 * <p>Gold of an article the tables lack counts as missed. Predicted rows of articles the gold does not know are
 * left out and counted in {@link EvaluationReport.Coverage}.
 */
public final class Evaluator {
  /** A predicted duration counts as right within this many hours (the gold rounds minutes to 0.01 h). */
  public static final double DURATION_TOLERANCE_HOURS = 0.05;
  /** Gold and predicted meetings of one article align when their participant sets overlap at least this much. */
  public static final double MIN_PARTICIPANT_JACCARD = 0.5;
  /** The column value of an unaligned meeting in the status confusion. */
  public static final String NONE = "(none)";

  private static final String LAUNCHED = "launched";
  private static final String DOWNED = "downed";
  private static final String LOST = "lost";
  private static final String PERSON = "person";
  private static final double ROUNDING_SLACK = 1e-9;

  private Evaluator() {}

  public static EvaluationReport evaluate(Gold gold, Predictions predicted) {
    return evaluate(gold, predicted, null);
  }

  /**
   * As {@link #evaluate(Gold, Predictions)}, and also the per-night launch figures against a corpus's own
   * reference nights when {@code referenceNights} is not null.
   */
  public static EvaluationReport evaluate(Gold gold, Predictions predicted, ReferenceNights referenceNights) {
    Map<String, Integer> rowsNotInGold = new LinkedHashMap<>();
    List<StrikeReport> strikeRows = inGold(gold, predicted.strikeReports(), StrikeReport::getArticleId,
        "strike_reports", rowsNotInGold);
    List<Meeting> meetingRows = inGold(gold, predicted.meetings(), Meeting::getArticleId, "meetings", rowsNotInGold);
    List<ActorMention> actorRows = inGold(gold, predicted.actorMentions(), ActorMention::getArticleId,
        "actor_mentions", rowsNotInGold);
    List<NightRow> nightRows = new ArrayList<>();
    int nightsNotInGold = 0;
    for (NightRow row : predicted.nights()) {
      if (!row.articleIds().isEmpty() && row.articleIds().stream().noneMatch(gold::contains)) {
        nightsNotInGold++;
      } else {
        nightRows.add(row);
      }
    }
    rowsNotInGold.put("strikes_per_night", nightsNotInGold);

    List<StrikeReport> inScope = new ArrayList<>();
    List<StrikeReport> otherDirections = new ArrayList<>();
    for (StrikeReport row : strikeRows) {
      if (Scope.isRussiaOnUkraine(row.getAttacker(), row.getTarget())) {
        inScope.add(row);
      } else if (LAUNCHED.equals(row.getMeasure()) || DOWNED.equals(row.getMeasure())) {
        otherDirections.add(row);
      }
    }
    otherDirections.sort(Comparator.comparing(StrikeReport::getArticleId)
        .thenComparingInt(StrikeReport::getSentenceIndex)
        .thenComparingInt(StrikeReport::getBegin));
    inScope.sort(Comparator.comparing(StrikeReport::getArticleId)
        .thenComparingInt(StrikeReport::getSentenceIndex)
        .thenComparingInt(StrikeReport::getBegin));
    List<StrikeReport> launchedOrDowned = new ArrayList<>();
    List<StrikeReport> lost = new ArrayList<>();
    int unscored = 0;
    for (StrikeReport row : inScope) {
      if (LAUNCHED.equals(row.getMeasure()) || DOWNED.equals(row.getMeasure())) {
        launchedOrDowned.add(row);
      } else if (LOST.equals(row.getMeasure())) {
        lost.add(row);
      } else {
        unscored++;
      }
    }

    Set<String> missing = new TreeSet<>(gold.ids());
    missing.removeAll(predicted.articleIds());
    int notInGold = (int) predicted.articleIds().stream().filter(id -> !gold.contains(id)).count();
    EvaluationReport.Coverage coverage = new EvaluationReport.Coverage(gold.size(), predicted.articleIds().size(),
        List.copyOf(missing), notInGold, rowsNotInGold, strikeRows.size() - inScope.size(), unscored);

    return new EvaluationReport(coverage, strikes(gold, launchedOrDowned, lost, otherDirections),
        meetings(gold, meetingRows),
        actors(gold, actorRows), nights(gold, nightRows),
        referenceNights == null ? null : referenceNights(referenceNights, nightRows));
  }

  private static <T> List<T> inGold(Gold gold, List<T> rows, Function<T, String> articleId,
      String table, Map<String, Integer> rowsNotInGold) {
    List<T> kept = new ArrayList<>();
    for (T row : rows) {
      if (gold.contains(articleId.apply(row))) {
        kept.add(row);
      }
    }
    rowsNotInGold.put(table, rows.size() - kept.size());
    return kept;
  }

  // ---- strike figures ----

  /** One figure of one gold strike record. */
  private record GoldFigure(String articleId, FigureKind kind, long value, String qualifier, LocalDate nightEnd,
      String evidence, String attacker, String target) {
    FigureKey key() {
      return new FigureKey(articleId, kind.weapon(), kind.measure(), value);
    }

    DirectedKey directedKey() {
      return new DirectedKey(articleId, side(attacker), side(target), kind.weapon(), kind.measure(), value);
    }

    String describe() {
      return kind.weapon() + " " + kind.measure() + " " + value;
    }
  }

  private record FigureKey(String articleId, String weapon, String measure, long value) {}

  /** A figure of another attack direction: attacker and target are part of what must match. */
  private record DirectedKey(String articleId, String attacker, String target, String weapon, String measure,
      long value) {}

  private static String side(String name) {
    return name == null ? "?" : name.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static DirectedKey directedKey(StrikeReport row) {
    return new DirectedKey(row.getArticleId(), side(row.getAttacker()), side(row.getTarget()), row.getWeapon(),
        row.getMeasure(), row.getValue());
  }

  private static FigureKey key(StrikeReport row) {
    return new FigureKey(row.getArticleId(), row.getWeapon(), row.getMeasure(), row.getValue());
  }

  private static String describe(StrikeReport row) {
    return row.getWeapon() + " " + row.getMeasure() + " " + row.getValue();
  }

  private static EvaluationReport.Strikes strikes(Gold gold, List<StrikeReport> launchedOrDowned,
      List<StrikeReport> lost, List<StrikeReport> otherDirectionRows) {
    List<GoldFigure> goldFigures = new ArrayList<>();
    List<GoldFigure> goldLost = new ArrayList<>();
    List<GoldFigure> goldOther = new ArrayList<>();
    for (GoldArticle article : gold.articles()) {
      for (GoldStrike strike : article.strikes()) {
        boolean inScope = Scope.isRussiaOnUkraine(strike.attacker(), strike.target());
        for (FigureKind kind : FigureKind.values()) {
          Long value = strike.value(kind);
          if (value != null) {
            GoldFigure figure = new GoldFigure(article.id(), kind, value, strike.qualifier(kind), strike.nightEnd(),
                strike.evidence(kind), strike.attacker(), strike.target());
            if (!inScope) {
              if (kind != FigureKind.DRONES_LOST) {
                goldOther.add(figure);
              }
            } else {
              (kind == FigureKind.DRONES_LOST ? goldLost : goldFigures).add(figure);
            }
          }
        }
      }
    }
    Matching<GoldFigure, StrikeReport> figures = matchFigures(goldFigures, launchedOrDowned);
    MissClasses classes = new MissClasses(figures, otherDirectionRows, goldOther);
    // other directions are scored only against a gold that annotates some (our dev gold annotates Russia -> Ukraine
    // only, so every such row would look spurious)
    MatchScore other = goldOther.isEmpty() ? null : directedScore(Matching.byKey(goldOther, otherDirectionRows,
        GoldFigure::directedKey, Evaluator::directedKey, (g, p) -> sameSentence(g.evidence(), p.getEvidence())));
    List<Finding> qualifierMismatches = new ArrayList<>();
    List<Finding> nightEndMismatches = new ArrayList<>();
    for (Matching.Pair<GoldFigure, StrikeReport> pair : figures.pairs) {
      GoldFigure g = pair.gold();
      StrikeReport p = pair.predicted();
      if (!Objects.equals(g.qualifier(), p.getQualifier())) {
        qualifierMismatches.add(new Finding(g.articleId(), g.describe(),
            "gold " + g.qualifier() + ", predicted " + p.getQualifier(), g.evidence()));
      }
      if (!Objects.equals(g.nightEnd(), p.getNightEnd())) {
        nightEndMismatches.add(new Finding(g.articleId(), g.describe(),
            "gold " + g.nightEnd() + ", predicted " + p.getNightEnd(), g.evidence()));
      }
    }
    int matched = figures.pairs.size();
    return new EvaluationReport.Strikes(
        classes.score(),
        new Accuracy(matched - qualifierMismatches.size(), matched, qualifierMismatches),
        new Accuracy(matched - nightEndMismatches.size(), matched, nightEndMismatches),
        figureScore(matchFigures(goldLost, lost)), other, classes.missCounts, classes.spuriousCounts);
  }

  private static MatchScore directedScore(Matching<GoldFigure, StrikeReport> m) {
    List<Finding> misses = m.unmatchedGold.stream()
        .map(g -> new Finding(g.articleId(), g.attacker() + "->" + g.target() + " " + g.describe(),
            g.qualifier() + ", night " + g.nightEnd(), g.evidence()))
        .collect(Collectors.toList());
    List<Finding> spurious = m.unmatchedPredicted.stream()
        .map(p -> new Finding(p.getArticleId(), p.getAttacker() + "->" + p.getTarget() + " " + describe(p),
            p.getQualifier() + ", night " + p.getNightEnd(), p.getEvidence()))
        .collect(Collectors.toList());
    return new MatchScore(m.pairs.size(), spurious.size(), misses.size(), misses, spurious);
  }

  /**
   * Sorts the strike figures missed and spurious into error classes, so a reader sees where to look: the figure
   * is there with the other attack direction ({@code direction}), with another measure ({@code measure}) or weapon
   * ({@code weapon}), the article has the weapon and measure with another value ({@code value}), or nothing near
   * it ({@code absent}). The class leads each finding's detail ("[measure] exact, night ...").
   */
  private static final class MissClasses {
    final Map<String, Integer> missCounts = new LinkedHashMap<>();
    final Map<String, Integer> spuriousCounts = new LinkedHashMap<>();
    private final List<Finding> misses = new ArrayList<>();
    private final List<Finding> spurious = new ArrayList<>();
    private final int tp;

    MissClasses(Matching<GoldFigure, StrikeReport> m, List<StrikeReport> otherRows,
        List<GoldFigure> goldOther) {
      tp = m.pairs.size();
      // a miss is compared with the rows left unmatched, a spurious row with the gold figures left unmatched
      Map<String, List<StrikeReport>> rowsByArticle = byArticle(m.unmatchedPredicted, StrikeReport::getArticleId);
      Map<String, List<StrikeReport>> otherByArticle = byArticle(otherRows, StrikeReport::getArticleId);
      Map<String, List<GoldFigure>> goldByArticle = byArticle(m.unmatchedGold, GoldFigure::articleId);
      Map<String, List<GoldFigure>> goldOtherByArticle = byArticle(goldOther, GoldFigure::articleId);
      for (GoldFigure g : m.unmatchedGold) {
        String cls = classify(g.kind().weapon(), g.kind().measure(), g.value(),
            rowsByArticle.getOrDefault(g.articleId(), List.of()),
            otherByArticle.getOrDefault(g.articleId(), List.of()));
        missCounts.merge(cls, 1, Integer::sum);
        misses.add(new Finding(g.articleId(), g.describe(), "[" + cls + "] " + g.qualifier() + ", night "
            + g.nightEnd(), g.evidence()));
      }
      for (StrikeReport p : m.unmatchedPredicted) {
        List<GoldFigure> golds = goldByArticle.getOrDefault(p.getArticleId(), List.of());
        String cls = "absent";
        for (GoldFigure g : goldOtherByArticle.getOrDefault(p.getArticleId(), List.of())) {
          if (g.kind().weapon().equals(p.getWeapon()) && g.kind().measure().equals(p.getMeasure())
              && g.value() == p.getValue()) {
            cls = "direction";
          }
        }
        if (cls.equals("absent")) {
          cls = classifyAgainstGold(p, golds);
        }
        spuriousCounts.merge(cls, 1, Integer::sum);
        spurious.add(new Finding(p.getArticleId(), describe(p), "[" + cls + "] " + p.getQualifier() + ", night "
            + p.getNightEnd(), p.getEvidence()));
      }
    }

    MatchScore score() {
      return new MatchScore(tp, spurious.size(), misses.size(), misses, spurious);
    }

    private static String classify(String weapon, String measure, long value, List<StrikeReport> rows,
        List<StrikeReport> otherRows) {
      for (StrikeReport r : otherRows) {
        if (weapon.equals(r.getWeapon()) && measure.equals(r.getMeasure()) && value == r.getValue()) {
          return "direction";
        }
      }
      String cls = "absent";
      for (StrikeReport r : rows) {
        if (weapon.equals(r.getWeapon()) && value == r.getValue() && !measure.equals(r.getMeasure())) {
          return "measure";
        }
        if (measure.equals(r.getMeasure()) && value == r.getValue() && !weapon.equals(r.getWeapon())) {
          cls = "weapon";
        } else if (cls.equals("absent") && weapon.equals(r.getWeapon()) && measure.equals(r.getMeasure())) {
          cls = "value";
        }
      }
      return cls;
    }

    private static String classifyAgainstGold(StrikeReport p, List<GoldFigure> golds) {
      String cls = "absent";
      for (GoldFigure g : golds) {
        boolean sameWeapon = g.kind().weapon().equals(p.getWeapon());
        boolean sameMeasure = g.kind().measure().equals(p.getMeasure());
        if (sameWeapon && g.value() == p.getValue() && !sameMeasure) {
          return "measure";
        }
        if (sameMeasure && g.value() == p.getValue() && !sameWeapon) {
          cls = "weapon";
        } else if (cls.equals("absent") && sameWeapon && sameMeasure) {
          cls = "value";
        }
      }
      return cls;
    }

    private static <T> Map<String, List<T>> byArticle(List<T> items, Function<T, String> id) {
      Map<String, List<T>> out = new LinkedHashMap<>();
      for (T item : items) {
        out.computeIfAbsent(id.apply(item), k -> new ArrayList<>()).add(item);
      }
      return out;
    }
  }

  private static Matching<GoldFigure, StrikeReport> matchFigures(List<GoldFigure> gold, List<StrikeReport> rows) {
    return Matching.byKey(gold, rows, GoldFigure::key, Evaluator::key,
        (g, p) -> sameSentence(g.evidence(), p.getEvidence()));
  }

  private static MatchScore figureScore(Matching<GoldFigure, StrikeReport> m) {
    List<Finding> misses = m.unmatchedGold.stream()
        .map(g -> new Finding(g.articleId(), g.describe(), g.qualifier() + ", night " + g.nightEnd(), g.evidence()))
        .collect(Collectors.toList());
    List<Finding> spurious = m.unmatchedPredicted.stream()
        .map(p -> new Finding(p.getArticleId(), describe(p), p.getQualifier() + ", night " + p.getNightEnd(),
            p.getEvidence()))
        .collect(Collectors.toList());
    return new MatchScore(m.pairs.size(), spurious.size(), misses.size(), misses, spurious);
  }

  private static boolean sameSentence(String a, String b) {
    return a != null && b != null && a.strip().equals(b.strip());
  }

  // ---- meetings ----

  private record PairKey(String articleId, String first, String second) {
    String describe() {
      return first + " + " + second;
    }
  }

  private static EvaluationReport.Meetings meetings(Gold gold, List<Meeting> rows) {
    Map<String, List<Meeting>> predictedByArticle = new TreeMap<>();
    for (Meeting row : rows) {
      predictedByArticle.computeIfAbsent(row.getArticleId(), id -> new ArrayList<>()).add(row);
    }
    predictedByArticle.values().forEach(list -> list.sort(Comparator.comparingInt(Meeting::getSentenceIndex)
        .thenComparing(m -> participants(m).toString())
        .thenComparing(m -> String.valueOf(m.getMeetingId()))));
    MeetingTally tally = new MeetingTally();
    for (GoldArticle article : gold.articles()) {
      tally.add(article, predictedByArticle.getOrDefault(article.id(), List.of()));
    }
    return new EvaluationReport.Meetings(heldPairs(gold, predictedByArticle),
        new Accuracy(tally.aligned - tally.statusMismatches.size(), tally.aligned, tally.statusMismatches),
        ordered(tally.confusion),
        new Accuracy(tally.durations - tally.durationMismatches.size(), tally.durations, tally.durationMismatches));
  }

  private static MatchScore heldPairs(Gold gold, Map<String, List<Meeting>> predictedByArticle) {
    Map<PairKey, String> goldPairs = new LinkedHashMap<>();
    for (GoldArticle article : gold.articles()) {
      for (GoldMeeting meeting : article.meetings()) {
        if (GoldMeeting.HELD.equals(meeting.status())) {
          for (PairKey pair : pairs(article.id(), meeting.participants())) {
            goldPairs.putIfAbsent(pair, meeting.evidence());
          }
        }
      }
    }
    Map<PairKey, String> predictedPairs = new LinkedHashMap<>();
    for (List<Meeting> meetings : predictedByArticle.values()) {
      for (Meeting meeting : meetings) {
        if (GoldMeeting.HELD.equals(meeting.getStatus())) {
          for (PairKey pair : pairs(meeting.getArticleId(), participants(meeting))) {
            predictedPairs.putIfAbsent(pair, meeting.getEvidence());
          }
        }
      }
    }
    List<Finding> misses = new ArrayList<>();
    goldPairs.forEach((pair, evidence) -> {
      if (!predictedPairs.containsKey(pair)) {
        misses.add(new Finding(pair.articleId(), pair.describe(), "", evidence));
      }
    });
    List<Finding> spurious = new ArrayList<>();
    predictedPairs.forEach((pair, evidence) -> {
      if (!goldPairs.containsKey(pair)) {
        spurious.add(new Finding(pair.articleId(), pair.describe(), "", evidence));
      }
    });
    return new MatchScore(goldPairs.size() - misses.size(), spurious.size(), misses.size(), misses, spurious);
  }

  /** Status and duration results over the aligned meetings, article by article. */
  private static final class MeetingTally {
    private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    private final List<Finding> statusMismatches = new ArrayList<>();
    private final List<Finding> durationMismatches = new ArrayList<>();
    private int aligned;
    private int durations;

    void add(GoldArticle article, List<Meeting> predicted) {
      Integer[] partner = align(article.meetings(), predicted);
      boolean[] taken = new boolean[predicted.size()];
      for (int g = 0; g < partner.length; g++) {
        GoldMeeting gold = article.meetings().get(g);
        if (partner[g] == null) {
          count(gold.status(), NONE);
        } else {
          taken[partner[g]] = true;
          score(article.id(), gold, predicted.get(partner[g]));
        }
      }
      for (int p = 0; p < taken.length; p++) {
        if (!taken[p]) {
          count(NONE, predicted.get(p).getStatus());
        }
      }
    }

    private void score(String articleId, GoldMeeting gold, Meeting predicted) {
      aligned++;
      count(gold.status(), predicted.getStatus());
      String who = String.join(" + ", gold.participants());
      if (!gold.status().equals(predicted.getStatus())) {
        statusMismatches.add(new Finding(articleId, who,
            "gold " + gold.status() + ", predicted " + predicted.getStatus(), gold.evidence()));
      }
      if (GoldMeeting.HELD.equals(gold.status()) && gold.durationHours() != null) {
        durations++;
        Double hours = predicted.getDurationHours();
        if (hours == null || Math.abs(hours - gold.durationHours()) > DURATION_TOLERANCE_HOURS + ROUNDING_SLACK) {
          durationMismatches.add(new Finding(articleId, who,
              "gold " + gold.durationHours() + " h, predicted " + (hours == null ? "none" : hours + " h"),
              gold.evidence()));
        }
      }
    }

    private void count(String goldStatus, String predictedStatus) {
      confusion.computeIfAbsent(goldStatus, k -> new LinkedHashMap<>())
          .merge(predictedStatus == null ? NONE : predictedStatus, 1, Integer::sum);
    }
  }

  /**
   * Aligns one article's gold and predicted meetings one-to-one, best participant overlap first; among equal
   * overlaps a predicted meeting from the gold's evidence sentence goes first, then list order.
   *
   * @return for each gold meeting the index of its predicted partner, or null
   */
  static Integer[] align(List<GoldMeeting> gold, List<Meeting> predicted) {
    record Candidate(int gold, int predicted, double jaccard, boolean sameSentence) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Set<String> goldPeople = new HashSet<>(gold.get(g).participants());
      for (int p = 0; p < predicted.size(); p++) {
        double jaccard = jaccard(goldPeople, new HashSet<>(participants(predicted.get(p))));
        if (jaccard >= MIN_PARTICIPANT_JACCARD) {
          candidates.add(new Candidate(g, p, jaccard,
              sameSentence(gold.get(g).evidence(), predicted.get(p).getEvidence())));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::jaccard).reversed()
        .thenComparing(Candidate::sameSentence, Comparator.reverseOrder())
        .thenComparingInt(Candidate::gold)
        .thenComparingInt(Candidate::predicted));
    Integer[] partner = new Integer[gold.size()];
    boolean[] taken = new boolean[predicted.size()];
    for (Candidate c : candidates) {
      if (partner[c.gold()] == null && !taken[c.predicted()]) {
        partner[c.gold()] = c.predicted();
        taken[c.predicted()] = true;
      }
    }
    return partner;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / union.size();
  }

  private static List<String> participants(Meeting meeting) {
    return meeting.getParticipants() == null ? List.of() : meeting.getParticipants();
  }

  /** Unordered pairs of distinct participants; one named person gives none. */
  private static List<PairKey> pairs(String articleId, List<String> participants) {
    List<String> people = new ArrayList<>(new TreeSet<>(participants));
    List<PairKey> pairs = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      for (int j = i + 1; j < people.size(); j++) {
        pairs.add(new PairKey(articleId, people.get(i), people.get(j)));
      }
    }
    return pairs;
  }

  /** Rows and columns in the order of the gold statuses, then anything else, then "(none)". */
  private static Map<String, Map<String, Integer>> ordered(Map<String, Map<String, Integer>> confusion) {
    Comparator<String> order = Comparator.comparingInt(Evaluator::statusRank).thenComparing(s -> s);
    Map<String, Map<String, Integer>> rows = new TreeMap<>(order);
    confusion.forEach((gold, byPredicted) -> {
      Map<String, Integer> columns = new TreeMap<>(order);
      columns.putAll(byPredicted);
      rows.put(gold, columns);
    });
    return rows;
  }

  private static int statusRank(String status) {
    int rank = Gold.MEETING_STATUSES.indexOf(status);
    if (rank >= 0) {
      return rank;
    }
    return NONE.equals(status) ? Gold.MEETING_STATUSES.size() + 1 : Gold.MEETING_STATUSES.size();
  }

  // ---- actors ----

  private record ActorKey(String articleId, String name) {}

  private static MatchScore actors(Gold gold, List<ActorMention> rows) {
    Set<ActorKey> goldActors = new LinkedHashSet<>();
    for (GoldArticle article : gold.articles()) {
      article.actors().forEach(name -> goldActors.add(new ActorKey(article.id(), name)));
    }
    List<ActorMention> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(ActorMention::getArticleId).thenComparingInt(ActorMention::getBegin));
    Map<String, List<String>> goldByArticle = new HashMap<>();
    for (ActorKey k : goldActors) {
      goldByArticle.computeIfAbsent(k.articleId(), a -> new ArrayList<>()).add(k.name());
    }
    Map<ActorKey, ActorMention> predicted = new LinkedHashMap<>();
    for (ActorMention row : sorted) {
      if (PERSON.equals(row.getActorType()) && row.getActor() != null) {
        predicted.putIfAbsent(goldPerson(goldActors, goldByArticle, row), row);
      }
    }
    List<Finding> misses = goldActors.stream()
        .filter(k -> !predicted.containsKey(k))
        .map(k -> new Finding(k.articleId(), k.name(), "", null))
        .collect(Collectors.toList());
    List<Finding> spurious = predicted.entrySet().stream()
        .filter(e -> !goldActors.contains(e.getKey()))
        .map(e -> new Finding(e.getKey().articleId(), e.getKey().name(),
            "first as '" + e.getValue().getSurface() + "' in sentence " + e.getValue().getSentenceIndex(), null))
        .collect(Collectors.toList());
    return new MatchScore(goldActors.size() - misses.size(), spurious.size(), misses.size(), misses, spurious);
  }

  /**
   * The gold person a predicted person stands for: itself when the gold has that name, else the gold person of the
   * same article it is a transliteration or one-edit variant of (same first initial; the extractor's own matcher),
   * else itself (spurious).
   */
  private static ActorKey goldPerson(Set<ActorKey> goldActors, Map<String, List<String>> goldByArticle,
      ActorMention row) {
    ActorKey key = new ActorKey(row.getArticleId(), row.getActor());
    if (goldActors.contains(key)) {
      return key;
    }
    for (String name : goldByArticle.getOrDefault(row.getArticleId(), List.of())) {
      if (NameVariants.match(row.getActor(), name) != null) {
        return new ActorKey(row.getArticleId(), name);
      }
    }
    return key;
  }

  // ---- nights ----

  private static EvaluationReport.Nights nights(Gold gold, List<NightRow> rows) {
    Map<LocalDate, List<NightConsensus.Figure>> consensus = NightConsensus.of(gold);
    Map<LocalDate, NightRow> predicted = new TreeMap<>();
    List<Finding> spuriousNights = new ArrayList<>();
    for (NightRow row : rows) {
      if (!Scope.isRussiaOnUkraine(row.attacker(), row.target())) {
        continue;
      }
      String articles = String.join(",", row.articleIds());
      if (row.nightEnd() == null) {
        spuriousNights.add(new Finding(articles, "night null", "a per-night row without a night", null));
      } else if (predicted.putIfAbsent(row.nightEnd(), row) != null) {
        spuriousNights.add(new Finding(articles, "night " + row.nightEnd(), "second row for the same night", null));
      } else if (!consensus.containsKey(row.nightEnd())) {
        spuriousNights.add(new Finding(articles, "night " + row.nightEnd(), "no gold record for this night", null));
      }
    }
    Map<FigureKind, Integer> scoredPerFigure = new EnumMap<>(FigureKind.class);
    Map<FigureKind, List<Finding>> wrongPerFigure = new EnumMap<>(FigureKind.class);
    List<Finding> missingNights = new ArrayList<>();
    List<Finding> unscoredFigures = new ArrayList<>();
    List<NightConsensus.Figure> allConsensus = new ArrayList<>();
    consensus.forEach((night, figures) -> {
      NightRow row = predicted.get(night);
      if (row == null) {
        Set<String> articles = new TreeSet<>();
        figures.forEach(f -> articles.addAll(f.articleIds()));
        missingNights.add(new Finding(String.join(",", articles), "night " + night,
            "gold figures: " + figures.size(), null));
      }
      Set<FigureKind> scored = EnumSet.noneOf(FigureKind.class);
      for (NightConsensus.Figure figure : figures) {
        allConsensus.add(figure);
        scored.add(figure.kind());
        scoredPerFigure.merge(figure.kind(), 1, Integer::sum);
        List<Finding> wrong = wrongPerFigure.computeIfAbsent(figure.kind(), k -> new ArrayList<>());
        Long value = row == null ? null : row.figure(figure.kind());
        if (value == null || value != figure.value()) {
          wrong.add(new Finding(String.join(",", figure.articleIds()), "night " + night + " " + figure.kind().column(),
              "gold " + figure.value() + " (" + figure.rule() + ", " + figure.agreeing() + " of " + figure.records()
                  + " records), predicted " + (row == null ? "no row" : String.valueOf(value)), null));
        }
      }
      if (row != null) {
        row.figures().forEach((kind, value) -> {
          if (!scored.contains(kind)) {
            unscoredFigures.add(new Finding(String.join(",", row.articleIds()), "night " + night + " "
                + kind.column(), "predicted " + value + ", no gold record gives it", null));
          }
        });
      }
    });
    Map<FigureKind, Accuracy> perFigure = new EnumMap<>(FigureKind.class);
    List<Finding> mismatches = new ArrayList<>();
    int total = 0;
    for (Map.Entry<FigureKind, Integer> e : scoredPerFigure.entrySet()) {
      List<Finding> wrong = wrongPerFigure.get(e.getKey());
      perFigure.put(e.getKey(), new Accuracy(e.getValue() - wrong.size(), e.getValue(), wrong));
      total += e.getValue();
      mismatches.addAll(wrong);
    }
    mismatches.sort(Comparator.comparing(Finding::item));
    return new EvaluationReport.Nights(consensus.size(), predicted.size(),
        new Accuracy(total - mismatches.size(), total, mismatches), perFigure, missingNights, spuriousNights, unscoredFigures, allConsensus);
  }

  /**
   * Each figure of each reference night against the Russia → Ukraine row of that night; a night without a row gets
   * its figures wrong, a row without the figure too.
   */
  private static Accuracy referenceNights(ReferenceNights reference, List<NightRow> rows) {
    Map<LocalDate, NightRow> predicted = new TreeMap<>();
    for (NightRow row : rows) {
      if (row.nightEnd() != null && Scope.isRussiaOnUkraine(row.attacker(), row.target())) {
        predicted.putIfAbsent(row.nightEnd(), row);
      }
    }
    int total = 0;
    List<Finding> wrong = new ArrayList<>();
    for (ReferenceNights.Night night : reference.nights()) {
      NightRow row = predicted.get(night.nightEnd());
      for (Map.Entry<FigureKind, Long> figure : night.figures().entrySet()) {
        total++;
        Long value = row == null ? null : row.figure(figure.getKey());
        if (!figure.getValue().equals(value)) {
          wrong.add(new Finding(String.join(",", night.articleIds()), "night " + night.nightEnd() + " "
              + figure.getKey().column(), "reference " + figure.getValue() + (night.referenceOnly()
                  ? " (reference only)" : "") + ", predicted " + (row == null ? "no row" : String.valueOf(value))
                  + (row == null ? "" : " from " + String.join(",", row.articleIds())), null));
        }
      }
    }
    return new Accuracy(total - wrong.size(), total, wrong);
  }
}

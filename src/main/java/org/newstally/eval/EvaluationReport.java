package org.newstally.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one evaluation, with every miss, spurious item and disagreement. {@link #render()} is for people,
 * {@link #toJson()} for scripts and tests (snake_case keys; ratios that are undefined are null).
 * {@code referenceNights} is the per-night launch figures against a corpus's own reference nights
 * ({@link ReferenceNights}), null when none was given.
 */
public record EvaluationReport(
    Coverage coverage,
    Strikes strikes,
    Meetings meetings,
    MatchScore actors,
    Nights nights,
    Accuracy referenceNights) {

  /**
   * Which articles and rows took part.
   *
   * @param goldArticlesMissing gold articles absent from the articles table: all their gold counts as missed
   * @param rowsNotInGold per table, rows of articles the gold does not know (left out of every score)
   * @param strikeRowsOutOfScope strike rows naming sides other than Russia → Ukraine (not scored)
   * @param strikeRowsOtherMeasure strike rows whose measure is none of launched, downed, lost (not scored)
   */
  public record Coverage(
      int goldArticles,
      int articlesRead,
      List<String> goldArticlesMissing,
      int articlesNotInGold,
      Map<String, Integer> rowsNotInGold,
      int strikeRowsOutOfScope,
      int strikeRowsOtherMeasure) {}

  /**
   * @param figures launched and downed figures per article as multisets
   * @param qualifier on matched figures, the gold qualifier of the figure against the predicted one
   * @param nightEnd on matched figures, the gold night_end (null included) against the predicted one
   * @param dronesLost drones lost from radar (jammed), per article, not part of the figures' F1
   * @param otherDirections figures of other attack directions (attacker and target in the key), or null when the
   *     gold annotates none
   * @param missesByClass the figures missed per error class (direction, measure, weapon, value, absent)
   * @param spuriousByClass the spurious figures per error class
   */
  public record Strikes(MatchScore figures, Accuracy qualifier, Accuracy nightEnd, MatchScore dronesLost,
      MatchScore otherDirections, Map<String, Integer> missesByClass, Map<String, Integer> spuriousByClass) {
    public Strikes {
      missesByClass = Map.copyOf(missesByClass);
      spuriousByClass = Map.copyOf(spuriousByClass);
    }
  }

  /**
   * @param heldPairs unordered participant pairs of held meetings per article
   * @param status on aligned meetings (every status), equal status
   * @param statusConfusion gold status → predicted status → count, with "(none)" for unaligned meetings
   * @param duration on aligned meetings held in gold with a stated length, predicted within 0.05 h
   */
  public record Meetings(MatchScore heldPairs, Accuracy status, Map<String, Map<String, Integer>> statusConfusion,
      Accuracy duration) {}

  /**
   * @param goldNights nights with a gold record that has a night_end
   * @param predictedNights Russia → Ukraine nights in strikes_per_night (rows of non-gold articles left out)
   * @param figures every gold (night, figure) against the table; a missing night gets all its figures wrong
   * @param unscoredFigures predicted figures of gold nights that no gold record gives
   * @param consensus the gold value chosen for each (night, figure), and how
   */
  public record Nights(int goldNights, int predictedNights, Accuracy figures, Map<FigureKind, Accuracy> perFigure,
      List<Finding> missingNights, List<Finding> spuriousNights, List<Finding> unscoredFigures,
      List<NightConsensus.Figure> consensus) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  // ---- text ----

  public String render() {
    StringBuilder out = new StringBuilder();
    Coverage c = coverage;
    out.append("Evaluation against gold: ").append(c.goldArticles()).append(" gold articles, ")
        .append(c.articlesRead()).append(" articles read\n");
    out.append("  gold articles missing from the tables (their gold counts as missed): ")
        .append(c.goldArticlesMissing().isEmpty() ? "none" : String.join(", ", c.goldArticlesMissing()))
        .append('\n');
    out.append("  articles read that the gold does not know: ").append(c.articlesNotInGold())
        .append("; their rows, left out: ").append(c.rowsNotInGold()).append('\n');
    out.append("  strike rows not scored: ").append(c.strikeRowsOutOfScope())
        .append(" outside Russia -> Ukraine, ").append(c.strikeRowsOtherMeasure()).append(" with another measure\n\n");

    out.append(String.format(Locale.ROOT, "%-34s %5s %5s %5s %9s %7s %7s%n", "P/R/F1", "tp", "fp", "fn",
        "precision", "recall", "F1"));
    scoreLine(out, "strike figures (launched, downed)", strikes.figures());
    scoreLine(out, "drones lost (jammed), apart", strikes.dronesLost());
    if (strikes.otherDirections() != null) {
      scoreLine(out, "strike figures, other directions", strikes.otherDirections());
    }
    scoreLine(out, "held meetings (participant pairs)", meetings.heldPairs());
    scoreLine(out, "actors (persons)", actors);
    out.append('\n');

    out.append(String.format(Locale.ROOT, "%-46s %11s %7s%n", "accuracy", "right/all", "share"));
    accuracyLine(out, "strike qualifier (matched figures)", strikes.qualifier());
    accuracyLine(out, "strike night_end (matched figures)", strikes.nightEnd());
    accuracyLine(out, "meeting status (aligned meetings)", meetings.status());
    accuracyLine(out, "meeting duration (aligned held, +-0.05 h)", meetings.duration());
    accuracyLine(out, "per-night figures (gold consensus)", nights.figures());
    nights.perFigure().forEach((kind, accuracy) -> accuracyLine(out, "  " + kind.column(), accuracy));
    if (referenceNights != null) {
      accuracyLine(out, "per-night launch figures (reference nights)", referenceNights);
    }
    out.append('\n');

    out.append("Meeting status confusion (gold -> predicted):\n");
    meetings.statusConfusion().forEach((gold, byPredicted) -> {
      out.append("  ").append(String.format(Locale.ROOT, "%-14s", gold));
      byPredicted.forEach((predicted, n) -> out.append(' ').append(predicted).append('=').append(n));
      out.append('\n');
    });
    out.append("Nights: ").append(nights.goldNights()).append(" in gold, ").append(nights.predictedNights())
        .append(" in strikes_per_night; ").append(nights.missingNights().size()).append(" missing, ")
        .append(nights.spuriousNights().size()).append(" spurious\n");

    out.append("Strike figures missed by class: ").append(classes(strikes.missesByClass()))
        .append("; spurious by class: ").append(classes(strikes.spuriousByClass())).append('\n');
    findings(out, "strike figures missed", strikes.figures().misses());
    findings(out, "strike figures spurious", strikes.figures().spurious());
    if (strikes.otherDirections() != null) {
      findings(out, "other-direction figures missed", strikes.otherDirections().misses());
      findings(out, "other-direction figures spurious", strikes.otherDirections().spurious());
    }
    findings(out, "strike qualifiers wrong", strikes.qualifier().mismatches());
    findings(out, "strike night_end wrong", strikes.nightEnd().mismatches());
    findings(out, "drones lost missed", strikes.dronesLost().misses());
    findings(out, "drones lost spurious", strikes.dronesLost().spurious());
    findings(out, "held meeting pairs missed", meetings.heldPairs().misses());
    findings(out, "held meeting pairs spurious", meetings.heldPairs().spurious());
    findings(out, "meeting status wrong", meetings.status().mismatches());
    findings(out, "meeting duration wrong", meetings.duration().mismatches());
    findings(out, "actors missed", actors.misses());
    findings(out, "actors spurious", actors.spurious());
    findings(out, "nights missing", nights.missingNights());
    findings(out, "nights spurious", nights.spuriousNights());
    findings(out, "night figures wrong", nights.figures().mismatches());
    findings(out, "night figures without gold (not scored)", nights.unscoredFigures());
    if (referenceNights != null) {
      findings(out, "reference night figures wrong", referenceNights.mismatches());
    }
    return out.toString();
  }

  private static void scoreLine(StringBuilder out, String name, MatchScore s) {
    out.append(String.format(Locale.ROOT, "%-34s %5d %5d %5d %9.3f %7.3f %7.3f%n", name, s.tp(), s.fp(), s.fn(),
        s.precision(), s.recall(), s.f1()));
  }

  private static void accuracyLine(StringBuilder out, String name, Accuracy a) {
    String share = a.total() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a.share());
    out.append(String.format(Locale.ROOT, "%-46s %11s %7s%n", name, a.correct() + "/" + a.total(), share));
  }

  private static void findings(StringBuilder out, String title, List<Finding> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(" (").append(items.size()).append("):\n");
    for (Finding f : items) {
      out.append("  ").append(f.articleId()).append("  ").append(f.item());
      if (!f.detail().isEmpty()) {
        out.append("  [").append(f.detail()).append(']');
      }
      out.append('\n');
      if (f.evidence() != null) {
        out.append("      \"").append(f.evidence()).append("\"\n");
      }
    }
  }

  // ---- JSON ----

  /** "absent 6, value 2" in a fixed order of classes, or "none". */
  private static String classes(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    for (String cls : List.of("direction", "measure", "weapon", "value", "absent")) {
      Integer n = counts.get(cls);
      if (n != null) {
        out.append(out.length() == 0 ? "" : ", ").append(cls).append(' ').append(n);
      }
    }
    return out.toString();
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode cov = root.putObject("coverage");
    cov.put("gold_articles", coverage.goldArticles());
    cov.put("articles_read", coverage.articlesRead());
    strings(cov.putArray("gold_articles_missing"), coverage.goldArticlesMissing());
    cov.put("articles_not_in_gold", coverage.articlesNotInGold());
    ObjectNode ignored = cov.putObject("rows_not_in_gold");
    coverage.rowsNotInGold().forEach(ignored::put);
    cov.put("strike_rows_out_of_scope", coverage.strikeRowsOutOfScope());
    cov.put("strike_rows_other_measure", coverage.strikeRowsOtherMeasure());

    score(root.putObject("strike_figures"), strikes.figures());
    accuracy(root.putObject("strike_qualifier"), strikes.qualifier());
    accuracy(root.putObject("strike_night_end"), strikes.nightEnd());
    score(root.putObject("drones_lost_jammed"), strikes.dronesLost());
    if (strikes.otherDirections() != null) {
      score(root.putObject("strike_figures_other_directions"), strikes.otherDirections());
    }
    ObjectNode byClass = root.putObject("strike_error_classes");
    ObjectNode missedByClass = byClass.putObject("missed");
    new java.util.TreeMap<>(strikes.missesByClass()).forEach(missedByClass::put);
    ObjectNode spuriousByClass = byClass.putObject("spurious");
    new java.util.TreeMap<>(strikes.spuriousByClass()).forEach(spuriousByClass::put);
    score(root.putObject("held_meeting_pairs"), meetings.heldPairs());
    ObjectNode status = root.putObject("meeting_status");
    accuracy(status, meetings.status());
    ObjectNode confusion = status.putObject("confusion");
    meetings.statusConfusion().forEach((gold, byPredicted) -> {
      ObjectNode row = confusion.putObject(gold);
      byPredicted.forEach(row::put);
    });
    accuracy(root.putObject("meeting_duration"), meetings.duration());
    score(root.putObject("actors"), actors);

    ObjectNode night = root.putObject("nights");
    night.put("gold_nights", nights.goldNights());
    night.put("predicted_nights", nights.predictedNights());
    accuracy(night.putObject("figures"), nights.figures());
    ObjectNode perFigure = night.putObject("per_figure");
    nights.perFigure().forEach((kind, a) -> accuracy(perFigure.putObject(kind.column()), a));
    findings(night.putArray("missing_nights"), nights.missingNights());
    findings(night.putArray("spurious_nights"), nights.spuriousNights());
    findings(night.putArray("unscored_figures"), nights.unscoredFigures());
    ArrayNode consensus = night.putArray("consensus");
    for (NightConsensus.Figure f : nights.consensus()) {
      ObjectNode o = consensus.addObject();
      o.put("night_end", f.night().toString());
      o.put("figure", f.kind().column());
      o.put("value", f.value());
      o.put("records", f.records());
      o.put("agreeing", f.agreeing());
      strings(o.putArray("article_ids"), f.articleIds());
      ObjectNode seen = o.putObject("values_seen");
      f.valuesSeen().forEach((value, n) -> seen.put(String.valueOf(value), n));
      o.put("rule", f.rule());
    }
    if (referenceNights != null) {
      accuracy(root.putObject("reference_nights"), referenceNights);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static void score(ObjectNode o, MatchScore s) {
    o.put("tp", s.tp());
    o.put("fp", s.fp());
    o.put("fn", s.fn());
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    findings(o.putArray("misses"), s.misses());
    findings(o.putArray("spurious"), s.spurious());
  }

  private static void accuracy(ObjectNode o, Accuracy a) {
    o.put("correct", a.correct());
    o.put("total", a.total());
    if (a.total() == 0) {
      o.putNull("accuracy");
    } else {
      o.put("accuracy", a.share());
    }
    findings(o.putArray("mismatches"), a.mismatches());
  }

  private static void findings(ArrayNode array, List<Finding> items) {
    for (Finding f : items) {
      ObjectNode o = array.addObject();
      o.put("article_id", f.articleId());
      o.put("item", f.item());
      o.put("detail", f.detail());
      o.put("evidence", f.evidence());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

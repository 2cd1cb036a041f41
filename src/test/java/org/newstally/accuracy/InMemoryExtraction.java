package org.newstally.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstally.aggregate.NightReconciler;
import org.newstally.eval.FigureKind;
import org.newstally.ingest.Compression;
import org.newstally.ingest.InputFormat;
import org.newstally.ingest.ParseOutcome;
import org.newstally.ingest.ParseSettings;
import org.newstally.ingest.RecordIterator;
import org.newstally.ingest.RecordReaders;
import org.newstally.eval.NightRow;
import org.newstally.eval.Predictions;
import org.newstally.lexicon.LexiconSource;
import org.newstally.lexicon.Lexicons;
import org.newstally.model.ActorMention;
import org.newstally.model.Article;
import org.newstally.model.ArticleExtraction;
import org.newstally.model.Meeting;
import org.newstally.model.StrikeReport;
import org.newstally.nlp.ArticleExtractor;
import org.newstally.nlp.Nlp;

/**
 * Runs the per-article extractor and the night reconciliation in plain Java over a JSON Lines corpus, producing
 * what the evaluator scores. The same code Spark runs per partition, without Spark: a fast accuracy check. (The
 * end-to-end test through the tables is {@code DevCorpusAccuracyIT}.)
 */
public final class InMemoryExtraction {
  private static Nlp nlp;

  private InMemoryExtraction() {}

  public static synchronized Nlp nlp() {
    if (nlp == null) {
      nlp = Nlp.create(Lexicons.load(LexiconSource.projectFolder()));
    }
    return nlp;
  }

  /**
   * Every article of a file or folder (recursive, names starting with _ or . skipped), read with the job's own
   * pure-Java record readers.
   */
  public static List<Article> read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (var walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
            .sorted().forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.toString();
      try (RecordIterator it = RecordReaders.open(Files.newInputStream(f), name, InputFormat.detect(name),
          Compression.of(name), ParseSettings.defaults())) {
        while (it.hasNext()) {
          ParseOutcome o = it.next();
          if (o.isAccepted()) {
            out.add(o.article());
          }
        }
      }
    }
    return out;
  }

  public static List<Article> readJsonl(Path file) throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = om.readTree(line);
      Article a = new Article();
      a.setArticleId(n.get("id").asText());
      a.setSource(text(n, "source"));
      a.setUrl(text(n, "url"));
      String published = text(n, "published");
      a.setPublished(published == null ? null : LocalDate.parse(published));
      a.setTitle(text(n, "title"));
      a.setText(n.get("text").asText());
      out.add(a);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static Predictions extract(List<Article> articles) {
    ArticleExtractor extractor = new ArticleExtractor(nlp());
    List<StrikeReport> strikes = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      ArticleExtraction ex = extractor.extract(a);
      strikes.addAll(ex.getStrikes());
      meetings.addAll(ex.getMeetings());
      mentions.addAll(ex.getMentions());
      ids.add(a.getArticleId());
    }
    return new Predictions(strikes, meetings, mentions, nights(strikes), ids);
  }

  static List<NightRow> nights(List<StrikeReport> strikes) {
    Map<String, List<NightReconciler.Report>> byNight = new HashMap<>();
    Map<String, StrikeReport> first = new HashMap<>();
    for (StrikeReport r : strikes) {
      if (r.getNightEnd() == null) {
        continue;
      }
      String key = r.getNightEnd() + "|" + r.getAttacker() + "|" + r.getTarget();
      byNight.computeIfAbsent(key, k -> new ArrayList<>()).add(new NightReconciler.Report(r.getWeapon(),
          r.getMeasure(), r.getValue(), r.getQualifier(), r.getSource(), r.getAttribution(), r.getArticleId()));
      first.putIfAbsent(key, r);
    }
    List<NightRow> out = new ArrayList<>();
    for (Map.Entry<String, List<NightReconciler.Report>> e : byNight.entrySet()) {
      NightReconciler.Night n = NightReconciler.reconcile(e.getValue());
      StrikeReport r = first.get(e.getKey());
      Map<FigureKind, Long> figures = new EnumMap<>(FigureKind.class);
      for (FigureKind k : FigureKind.values()) {
        Long v = k.weapon().equals("total") ? n.totalLaunched() : n.value(k.weapon(), k.measure());
        if (v != null) {
          figures.put(k, v);
        }
      }
      out.add(new NightRow(r.getNightEnd(), r.getAttacker(), r.getTarget(), figures, n.articleIds));
    }
    return out;
  }
}

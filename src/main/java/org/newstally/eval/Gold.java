package org.newstally.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gold annotations, one {@link GoldArticle} per article id, in file order. Reads a single JSON object (the seed's
 * {@code gold.json}), a JSON array of such objects, or JSON Lines (the corpora's {@code gold.jsonl}). Values
 * are checked against the gold schema so that a typo in a hand-edited gold file fails loudly instead of silently
 * moving the scores.
 */
public final class Gold {
  public static final List<String> QUALIFIERS =
      List.of("exact", "more_than", "at_least", "about", "almost", "up_to", "less_than");
  public static final List<String> MEETING_STATUSES =
      List.of("held", "planned", "cancelled", "postponed", "possible", "not_scheduled");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, GoldArticle> articles;

  private Gold(Map<String, GoldArticle> articles) {
    this.articles = articles;
  }

  public static Gold read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFormatException("cannot read gold file " + file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), content);
  }

  /**
   * Parses the content of the gold file called {@code name} (the name is only used in messages): a sequence of JSON
   * values, each an article object or an array of them. One pretty-printed object and JSON Lines are both such
   * sequences; messages give the line where the offending article starts.
   */
  public static Gold parse(String name, String content) {
    Map<String, GoldArticle> articles = new LinkedHashMap<>();
    try (JsonParser parser = JSON.getFactory().createParser(content)) {
      while (parser.nextToken() != null) {
        String where = name + " line " + parser.getTokenLocation().getLineNr();
        JsonNode node = JSON.readTree(parser);
        if (node.isArray()) {
          for (int i = 0; i < node.size(); i++) {
            add(articles, new Field(where + " [" + i + "]").article(node.get(i)));
          }
        } else {
          add(articles, new Field(where).article(node));
        }
      }
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(name + " line " + e.getLocation().getLineNr() + ": not valid JSON ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
    } catch (IOException e) {
      throw new GoldFormatException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (articles.isEmpty()) {
      throw new GoldFormatException(name + ": empty gold file");
    }
    return new Gold(articles);
  }

  private static void add(Map<String, GoldArticle> articles, GoldArticle article) {
    if (articles.putIfAbsent(article.id(), article) != null) {
      throw new GoldFormatException("gold article id '" + article.id() + "' appears twice");
    }
  }

  /** Builds a gold set in code, e.g. for tests. */
  public static Gold of(List<GoldArticle> articles) {
    Map<String, GoldArticle> byId = new LinkedHashMap<>();
    for (GoldArticle article : articles) {
      add(byId, article);
    }
    return new Gold(byId);
  }

  /** The articles in file order. */
  public List<GoldArticle> articles() {
    return List.copyOf(articles.values());
  }

  public Set<String> ids() {
    return articles.keySet();
  }

  public boolean contains(String articleId) {
    return articles.containsKey(articleId);
  }

  public int size() {
    return articles.size();
  }

  /** Reads one JSON value against the gold schema; {@code where} names the position for error messages. */
  private static final class Field {
    private final String where;

    Field(String where) {
      this.where = where;
    }

    GoldArticle article(JsonNode node) {
      requireObject(node, "an article");
      String id = text(node, "", "id", true);
      Field in = new Field(where + " (id " + id + ")");
      List<GoldStrike> strikes = new ArrayList<>();
      List<JsonNode> strikeNodes = in.array(node, "", "strikes");
      for (int i = 0; i < strikeNodes.size(); i++) {
        strikes.add(in.strike(strikeNodes.get(i), "strikes[" + i + "]."));
      }
      List<GoldMeeting> meetings = new ArrayList<>();
      List<JsonNode> meetingNodes = in.array(node, "", "meetings");
      for (int i = 0; i < meetingNodes.size(); i++) {
        meetings.add(in.meeting(meetingNodes.get(i), "meetings[" + i + "]."));
      }
      return new GoldArticle(id, in.text(node, "", "category", false), strikes, meetings, in.names(node, "", "actors"));
    }

    private GoldStrike strike(JsonNode node, String path) {
      requireObject(node, path);
      return new GoldStrike(
          date(node, path, "night_end"),
          date(node, path, "night_end_inferred"),
          text(node, path, "attacker", false),
          text(node, path, "target", false),
          count(node, path, "drones_launched"),
          count(node, path, "missiles_launched"),
          count(node, path, "drones_downed"),
          count(node, path, "missiles_downed"),
          count(node, path, "total_launched"),
          count(node, path, "drones_lost_jammed"),
          qualifierOrDefault(node, path, "qualifier", GoldStrike.EXACT),
          qualifierOrDefault(node, path, "qualifier_drones", null),
          qualifierOrDefault(node, path, "qualifier_missiles", null),
          qualifierOrDefault(node, path, "qualifier_downed", null),
          text(node, path, "evidence", false),
          text(node, path, "downed_evidence", false),
          text(node, path, "jammed_evidence", false));
    }

    private GoldMeeting meeting(JsonNode node, String path) {
      requireObject(node, path);
      String status = text(node, path, "status", true);
      if (!MEETING_STATUSES.contains(status)) {
        throw error(path + "status '" + status + "' is not one of " + MEETING_STATUSES);
      }
      JsonNode duration = node.get("duration_hours");
      Double hours = null;
      if (duration != null && !duration.isNull()) {
        if (!duration.isNumber()) {
          throw error(path + "duration_hours must be a number or null, not " + duration);
        }
        hours = duration.doubleValue();
      }
      return new GoldMeeting(names(node, path, "participants"), text(node, path, "place", false),
          date(node, path, "date"), hours, status, text(node, path, "evidence", false));
    }

    private String qualifierOrDefault(JsonNode node, String path, String field, String fallback) {
      String value = text(node, path, field, false);
      if (value == null) {
        return fallback;
      }
      if (!QUALIFIERS.contains(value)) {
        throw error(path + field + " '" + value + "' is not one of " + QUALIFIERS);
      }
      return value;
    }

    private Long count(JsonNode node, String path, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isIntegralNumber() || value.longValue() < 0) {
        throw error(path + field + " must be a whole non-negative number or null, not " + value);
      }
      return value.longValue();
    }

    private LocalDate date(JsonNode node, String path, String field) {
      String value = text(node, path, field, false);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error(path + field + " '" + value + "' is not a YYYY-MM-DD date");
      }
    }

    private List<String> names(JsonNode node, String path, String field) {
      List<String> names = new ArrayList<>();
      for (JsonNode name : array(node, path, field)) {
        names.add(text(path + field + "[]", name, true));
      }
      return names;
    }

    private List<JsonNode> array(JsonNode node, String path, String field) {
      JsonNode value = node.get(field);
      List<JsonNode> items = new ArrayList<>();
      if (value == null || value.isNull()) {
        return items;
      }
      if (!value.isArray()) {
        throw error(path + field + " must be an array, not " + value.getNodeType());
      }
      value.forEach(items::add);
      return items;
    }

    private String text(JsonNode node, String path, String field, boolean required) {
      return text(path + field, node.get(field), required);
    }

    private String text(String path, JsonNode value, boolean required) {
      if (value == null || value.isNull()) {
        if (required) {
          throw error(path + " is required");
        }
        return null;
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        throw error(path + " must be a non-empty string, not " + value);
      }
      return value.asText();
    }

    private void requireObject(JsonNode node, String what) {
      if (node == null || !node.isObject()) {
        throw error("expected " + what + " as a JSON object, not " + (node == null ? "nothing" : node.getNodeType()));
      }
    }

    private GoldFormatException error(String message) {
      return new GoldFormatException(where + ": " + message);
    }
  }
}

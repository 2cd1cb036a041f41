package org.newstally.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known actors (actors.tsv): canonical names, aliases and transliterations, type, role, country and the envoy flag.
 * The Spark NLP gazetteer is built from {@link #aliases()}; a gazetteer hit is turned back into an actor with
 * {@link #byAlias(String)}.
 */
public final class ActorLexicon implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String FILE = "actors.tsv";

  /** One actor of the lexicon. */
  public static final class Actor implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String canonical;
    private final String type;
    private final String role;
    private final String country;
    private final boolean envoy;

    Actor(String canonical, String type, String role, String country, boolean envoy) {
      this.canonical = canonical;
      this.type = type;
      this.role = role;
      this.country = country;
      this.envoy = envoy;
    }

    public String canonical() { return canonical; }
    public String type() { return type; }
    public boolean isPerson() { return "person".equals(type); }
    public String role() { return role; }
    public String country() { return country; }
    public boolean envoy() { return envoy; }

    /** Last word of the canonical name: what a later surname-only mention looks like. */
    public String surname() {
      int i = canonical.lastIndexOf(' ');
      return i < 0 ? canonical : canonical.substring(i + 1);
    }

    @Override
    public String toString() {
      return canonical;
    }
  }

  private final List<Actor> actors;
  private final Map<String, Actor> byAlias;
  private final Map<String, Actor> byCanonical;

  private ActorLexicon(List<Actor> actors, Map<String, Actor> byAlias, Map<String, Actor> byCanonical) {
    this.actors = actors;
    this.byAlias = byAlias;
    this.byCanonical = byCanonical;
  }

  public static ActorLexicon load(LexiconSource source) {
    TsvTable table = source.table(FILE, "canonical", "type", "aliases", "role", "country", "envoy");
    List<Actor> actors = new ArrayList<>();
    Map<String, Actor> byAlias = new HashMap<>();
    Map<String, String> aliasWhere = new HashMap<>();
    Map<String, Actor> byCanonical = new HashMap<>();
    for (TsvTable.Row row : table.rows()) {
      String type = row.get("type");
      if (!type.equals("person") && !type.equals("organisation")) {
        throw row.error("type must be person or organisation, not '" + type + "'");
      }
      Actor actor = new Actor(row.get("canonical"), type, emptyToNull(row.opt("role")),
          emptyToNull(row.opt("country")), row.bool("envoy"));
      if (byCanonical.put(actor.canonical(), actor) != null) {
        throw row.error("actor '" + actor.canonical() + "' is listed twice");
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(actor.canonical());
      names.addAll(row.list("aliases"));
      for (String alias : names) {
        String key = normalise(alias);
        Actor previous = byAlias.get(key);
        if (previous != null && previous != actor) {
          throw row.error("alias '" + alias + "' already belongs to '" + previous.canonical() + "' ("
              + aliasWhere.get(key) + "); an alias must name one actor");
        }
        byAlias.put(key, actor);
        aliasWhere.put(key, row.where());
      }
      actors.add(actor);
    }
    return new ActorLexicon(Collections.unmodifiableList(actors), byAlias, byCanonical);
  }

  /** The actor an alias (as written, whitespace-insensitive, case-sensitive) names, or null. */
  public Actor byAlias(String surface) {
    return byAlias.get(normalise(surface));
  }

  public Actor byCanonical(String canonical) {
    return byCanonical.get(canonical);
  }

  /** Every alias including canonical names, for building the gazetteer. */
  public Set<String> aliases() {
    return Collections.unmodifiableSet(byAlias.keySet());
  }

  public List<Actor> actors() {
    return actors;
  }

  static String normalise(String s) {
    return s.trim().replaceAll("\\s+", " ").replace('’', '\'');
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

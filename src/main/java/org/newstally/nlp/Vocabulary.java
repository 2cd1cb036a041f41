package org.newstally.nlp;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newstally.lexicon.Lexicons;
import org.newstally.lexicon.PhraseTable;

/**
 * The lexicons compiled for matching on tokens: one PhraseMatcher per vocabulary, built with the Spark NLP tokenizer
 * so that phrases split exactly like running text. Built once on the driver and broadcast with the annotator.
 */
public final class Vocabulary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A weapon term: class (drone, missile, total, ignore) and whether it is a class word or a model name. */
  public static final class Weapon implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String weapon;
    private final boolean generic;

    Weapon(String weapon, boolean generic) {
      this.weapon = weapon;
      this.generic = generic;
    }

    public String weapon() { return weapon; }
    public boolean generic() { return generic; }

    @Override
    public String toString() {
      return weapon + (generic ? "" : "(typed)");
    }
  }

  /** A place: type (city, region, country, venue), country, and the larger place it is in. */
  public static final class Place implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String type;
    private final String country;
    private final String in;

    Place(String name, String type, String country, String in) {
      this.name = name;
      this.type = type;
      this.country = country;
      this.in = in;
    }

    public String name() { return name; }
    public String type() { return type; }
    public String country() { return country; }
    public String in() { return in; }

    /** "Dolmabahce Palace, Istanbul" for venues, the name otherwise. */
    public String display() {
      return in == null || in.isEmpty() ? name : name + ", " + in;
    }
  }

  /** A title or role phrase and where it stands relative to a name. */
  public static final class Role implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String role;
    private final boolean before;
    private final boolean after;

    Role(String role, String position) {
      this.role = role;
      this.before = !"after".equals(position);
      this.after = !"before".equals(position);
    }

    public String role() { return role; }
    public boolean before() { return before; }
    public boolean after() { return after; }
  }

  private final Lexicons lexicons;
  private final PhraseMatcher<Weapon> weapons;
  private final PhraseMatcher<String> strikeTerms;
  private final PhraseMatcher<String> sides;
  private final PhraseMatcher<Place> places;
  private final PhraseMatcher<Role> roles;
  private final PhraseMatcher<String> meetingTerms;
  private final Set<String> givenNames;
  private final Map<String, String> nameWords;

  public Vocabulary(Lexicons lexicons, SparkNlpAnnotator tokenizer) {
    this.lexicons = lexicons;
    this.weapons = PhraseMatcher.build(map(lexicons.weapons(),
        e -> new Weapon(e.get("weapon"), Boolean.parseBoolean(e.get("generic")))), false, tokenizer::tokenizeAlone);
    this.strikeTerms = PhraseMatcher.build(map(lexicons.strikeTerms(), e -> e.get("role")), false,
        tokenizer::tokenizeAlone);
    this.sides = PhraseMatcher.build(map(lexicons.sides(), e -> e.get("side")), true, tokenizer::tokenizeAlone);
    this.places = PhraseMatcher.build(map(lexicons.places(),
        e -> new Place(e.phrase(), e.get("type"), e.get("country"), e.get("in"))), true, tokenizer::tokenizeAlone);
    this.roles = PhraseMatcher.build(map(lexicons.roles(), e -> new Role(e.get("role"), e.get("position"))), false,
        tokenizer::tokenizeAlone);
    this.meetingTerms = PhraseMatcher.build(map(lexicons.meetingTerms(), e -> e.get("role")), false,
        tokenizer::tokenizeAlone);
    Set<String> names = new HashSet<>();
    for (PhraseTable.Entry e : lexicons.givenNames().entries()) {
      names.add(e.phrase());
    }
    this.givenNames = names;
    Map<String, String> words = new java.util.HashMap<>();
    for (PhraseTable.Entry e : lexicons.nameWords().entries()) {
      words.put(e.phrase(), e.get("class"));
    }
    this.nameWords = words;
  }

  private static <V extends Serializable> Map<String, V> map(PhraseTable table,
      java.util.function.Function<PhraseTable.Entry, V> value) {
    Map<String, V> out = new LinkedHashMap<>();
    for (PhraseTable.Entry e : table.entries()) {
      out.put(e.phrase(), value.apply(e));
    }
    return out;
  }

  public Lexicons lexicons() { return lexicons; }
  public PhraseMatcher<Weapon> weapons() { return weapons; }
  public PhraseMatcher<String> strikeTerms() { return strikeTerms; }
  public PhraseMatcher<String> sides() { return sides; }
  public PhraseMatcher<Place> places() { return places; }
  public PhraseMatcher<Role> roles() { return roles; }
  public PhraseMatcher<String> meetingTerms() { return meetingTerms; }

  public boolean isGivenName(String token) {
    return givenNames.contains(token);
  }

  /** function, org or particle for words listed in name_words.tsv; null otherwise. */
  public String nameWordClass(String token) {
    return nameWords.get(token);
  }

}

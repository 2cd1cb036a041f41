package org.newstally.lexicon;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * Every vocabulary newstally uses, loaded once on the driver, validated, then broadcast. Each vocabulary lives in
 * exactly one file under data/lexicons (packaged into the jar); {@link #hash()} identifies the set in run metadata.
 */
public final class Lexicons implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ActorLexicon actors;
  private final NumberLexicon numbers;
  private final PhraseTable weapons;
  private final PhraseTable strikeTerms;
  private final PhraseTable sides;
  private final PhraseTable places;
  private final PhraseTable roles;
  private final PhraseTable givenNames;
  private final PhraseTable givenNameVariants;
  private final PhraseTable nameWords;
  private final PhraseTable meetingTerms;
  private final String hash;

  private Lexicons(LexiconSource source) {
    this.actors = ActorLexicon.load(source);
    this.numbers = NumberLexicon.load(source);
    this.weapons = PhraseTable.load(source, "weapons.tsv", "term", false,
        Map.of("weapon", Set.of("drone", "missile", "total", "ignore"), "generic", Set.of("true", "false")),
        "weapon", "generic");
    this.strikeTerms = PhraseTable.load(source, "strike_terms.tsv", "phrase", false,
        Map.of("role", Set.of("launched", "launched_at", "reported", "downed", "lost", "failed", "impact", "hit",
            "back_reference", "partitive", "breakdown", "period", "regional", "estimate", "since", "jamming", "one",
            "of_which")),
        "role");
    this.sides = PhraseTable.load(source, "sides.tsv", "term", true, Map.of(), "side");
    this.places = PhraseTable.load(source, "places.tsv", "name", true,
        Map.of("type", Set.of("city", "region", "country", "venue")), "type", "country", "in");
    this.roles = PhraseTable.load(source, "roles.tsv", "phrase", false,
        Map.of("position", Set.of("before", "after", "both")), "role", "position");
    this.givenNames = PhraseTable.load(source, "given_names.tsv", "name", true, Map.of());
    this.givenNameVariants = PhraseTable.load(source, "given_name_variants.tsv", "name", false, Map.of(),
        "variants");
    this.nameWords = PhraseTable.load(source, "name_words.tsv", "word", true,
        Map.of("class", Set.of("function", "org", "particle")), "class");
    this.meetingTerms = PhraseTable.load(source, "meeting_terms.tsv", "phrase", false,
        Map.of("role", Set.of("meeting", "met", "held", "planned", "cancelled", "postponed", "possible",
            "not_scheduled", "not_meeting", "absent", "join", "speech", "happened", "principal", "party")),
        "role");
    this.hash = source.hash();
  }

  /** Loads and validates every lexicon file; a problem raises a LexiconException naming file and line. */
  public static Lexicons load(LexiconSource source) {
    return new Lexicons(source);
  }

  public ActorLexicon actors() { return actors; }
  public NumberLexicon numbers() { return numbers; }
  public PhraseTable weapons() { return weapons; }
  public PhraseTable strikeTerms() { return strikeTerms; }
  public PhraseTable sides() { return sides; }
  public PhraseTable places() { return places; }
  public PhraseTable roles() { return roles; }
  public PhraseTable givenNames() { return givenNames; }
  /** A given name's spellings in other languages (Oleksandr, Alexander, Aleksandr), one group per row. */
  public PhraseTable givenNameVariants() { return givenNameVariants; }
  public PhraseTable nameWords() { return nameWords; }
  public PhraseTable meetingTerms() { return meetingTerms; }

  /** SHA-256 over every lexicon file read. */
  public String hash() { return hash; }
}

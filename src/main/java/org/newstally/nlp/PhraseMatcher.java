package org.newstally.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds lexicon phrases on Spark NLP tokens: a trie of token sequences, longest match first. Phrases are tokenized
 * with the same tokenizer as the text, so "Russia's defence ministry" or "Kh-59/69s" split exactly as they do in
 * articles. Case-insensitive matchers compare lower-cased tokens.
 *
 * @param <V> what a phrase stands for (a role, a weapon class, a side)
 */
public final class PhraseMatcher<V extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final class Node<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    final Map<String, Node<V>> next = new HashMap<>(4);
    V value;
    String phrase;
  }

  /** A phrase found at tokens [firstToken, endToken). */
  public static final class Match<V> {
    private final int firstToken;
    private final int endToken;
    private final V value;
    private final String phrase;

    Match(int firstToken, int endToken, V value, String phrase) {
      this.firstToken = firstToken;
      this.endToken = endToken;
      this.value = value;
      this.phrase = phrase;
    }

    public int firstToken() { return firstToken; }
    public int endToken() { return endToken; }
    public V value() { return value; }
    /** The lexicon phrase (as listed, not as written in the text). */
    public String phrase() { return phrase; }

    @Override
    public String toString() {
      return phrase + "[" + firstToken + "," + endToken + ")=" + value;
    }
  }

  private final Node<V> root = new Node<>();
  private final boolean caseSensitive;

  private PhraseMatcher(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  /** Builds a matcher from phrase → value pairs, tokenizing each phrase with {@code tokenizer}. */
  public static <V extends Serializable> PhraseMatcher<V> build(Map<String, V> phrases, boolean caseSensitive,
      Function<String, String[]> tokenizer) {
    PhraseMatcher<V> m = new PhraseMatcher<>(caseSensitive);
    for (Map.Entry<String, V> e : phrases.entrySet()) {
      String[] tokens = tokenizer.apply(e.getKey());
      if (tokens.length == 0) {
        continue;
      }
      Node<V> node = m.root;
      for (String t : tokens) {
        node = node.next.computeIfAbsent(m.key(t), k -> new Node<>());
      }
      node.value = e.getValue();
      node.phrase = e.getKey();
    }
    return m;
  }

  private String key(String token) {
    return caseSensitive ? token : token.toLowerCase(Locale.ROOT);
  }

  private String tokenKey(AnnotatedText text, int t) {
    return caseSensitive ? text.token(t) : text.tokenLower(t);
  }

  /** The longest phrase starting at token {@code t} and ending before {@code limit}, or null. */
  public Match<V> longestAt(AnnotatedText text, int t, int limit) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = t; i < limit; i++) {
      node = node.next.get(tokenKey(text, i));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(t, i + 1, node.value, node.phrase);
      }
    }
    return best;
  }

  /** Every phrase in tokens [from, to), left to right, longest first, not overlapping. */
  public List<Match<V>> findAll(AnnotatedText text, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    int t = from;
    while (t < to) {
      Match<V> m = longestAt(text, t, to);
      if (m != null) {
        out.add(m);
        t = m.endToken();
      } else {
        t++;
      }
    }
    return out;
  }
}

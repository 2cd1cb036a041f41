package org.newstally.nlp.numbers;

import java.io.Serializable;
import java.util.List;

/**
 * Multi-word phrases as a trie of words, so a phrase is matched token by token straight from the text ("per cent",
 * "no fewer than"). Words are compared as {@link WordMap} does. A trie built from reversed phrases matches phrases
 * that end at a given token, reading backwards. Filled once by the lexicon loader; readers get only the root
 * {@link Node}, which has no way to change the trie.
 */
public final class PhraseTrie<V> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One word position in the trie. */
  public static final class Node<V> implements Serializable {
    private static final long serialVersionUID = 1L;

    private WordMap<Node<V>> children;
    private V value;

    /** The node for the next word {@code s[begin, end)}, or null. */
    public Node<V> child(CharSequence s, int begin, int end) {
      return children == null ? null : children.get(s, begin, end);
    }

    /** The value of the phrase ending at this node, or null when no phrase ends here. */
    public V value() {
      return value;
    }
  }

  private final Node<V> root = new Node<>();

  public Node<V> root() {
    return root;
  }

  /** Adds a phrase given as its words; returns the value it replaces, or null. */
  public V put(List<String> words, V value) {
    Node<V> node = root;
    for (String w : words) {
      if (node.children == null) {
        node.children = new WordMap<>();
      }
      Node<V> next = node.children.get(w);
      if (next == null) {
        next = new Node<>();
        node.children.put(w, next);
      }
      node = next;
    }
    V old = node.value;
    node.value = value;
    return old;
  }
}

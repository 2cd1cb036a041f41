package org.newstally.nlp.numbers;

import java.io.Serializable;

/**
 * A map from words to values, case-insensitive, whose lookups read a slice of the text in place: scanning a sentence
 * allocates no key strings. Keys are folded with {@link #fold(char)}: lower case, typographic apostrophes as
 * {@code '}, hyphen-like dashes as {@code -}. Open addressing with linear probing; filled once, then only read, so
 * it is safe to share between threads after construction.
 */
public final class WordMap<V> implements Serializable {
  private static final long serialVersionUID = 1L;

  private String[] keys = new String[16];
  private Object[] values = new Object[16];
  private int size;

  /** Folds one character for matching. */
  public static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    switch (c) {
      case '\u2019': case '\u2018': case '\u02BC': case '\u2032':
        return '\'';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212':
        return '-';
      default:
        return Character.toLowerCase(c);
    }
  }

  /** Folds a whole string, see {@link #fold(char)}. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(fold(s.charAt(i)));
    }
    return b.toString();
  }

  private static int hash(CharSequence s, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  /** The value of the word {@code s[begin, end)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence s, int begin, int end) {
    int mask = keys.length - 1;
    int length = end - begin;
    for (int i = hash(s, begin, end) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.length() == length && matches(k, s, begin)) {
        return (V) values[i];
      }
    }
  }

  /** The value of the whole word {@code s}, or null. */
  public V get(CharSequence s) {
    return get(s, 0, s.length());
  }

  private static boolean matches(String key, CharSequence s, int begin) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(s.charAt(begin + i))) {
        return false;
      }
    }
    return true;
  }

  /** Stores a value under the folded key; returns the value it replaces, or null. */
  @SuppressWarnings("unchecked")
  public V put(String key, V value) {
    String k = fold(key);
    // at most a quarter full: most lookups are words the map does not hold, and a miss probes until an empty
    // slot, so short runs matter more than the few kilobytes a sparser table costs
    if (4 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = hash(k, 0, k.length()) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == null) {
        keys[i] = k;
        values[i] = value;
        size++;
        return null;
      }
      if (keys[i].equals(k)) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insertFolded(oldKeys[i], oldValues[i]);
      }
    }
  }

  private void insertFolded(String k, Object value) {
    int mask = keys.length - 1;
    int i = hash(k, 0, k.length()) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    values[i] = value;
    size++;
  }

  public int size() {
    return size;
  }
}

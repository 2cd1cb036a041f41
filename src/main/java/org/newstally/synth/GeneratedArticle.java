package org.newstally.synth;

/**
 * One generated article: its line of articles.jsonl and its line of gold.jsonl (without newlines).
 *
 * @param index the article's position in the corpus, from which alone it was generated
 */
public record GeneratedArticle(long index, String id, ArticleKind kind, String articleJson, String goldJson) {}

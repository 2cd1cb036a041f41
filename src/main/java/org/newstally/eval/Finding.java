package org.newstally.eval;

/**
 * One gold item not found, one predicted item not in gold, or one disagreement on a matched item.
 *
 * @param articleId the article (for a night: the articles that report it, comma-separated)
 * @param item what was scored, e.g. "drone launched 145" or "Marco Rubio + Sergey Lavrov"
 * @param detail the rest worth knowing, e.g. "gold about, predicted exact"; may be empty
 * @param evidence the sentence behind the item when there is one, else null
 */
public record Finding(String articleId, String item, String detail, String evidence) {}

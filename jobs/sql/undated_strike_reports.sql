-- Undated strike reports: strike figures whose night could not be told from the text and the publication date.
-- They stay out of strikes_per_night; the evidence shows what the article said.
--   jobs/newstally sql --file jobs/sql/undated_strike_reports.sql
SELECT article_id, published, source, weapon, measure, value, qualifier, night_end_basis, evidence
FROM strike_reports
WHERE night_end IS NULL
ORDER BY published, article_id, sentence_index, begin;

-- Near-duplicate articles: every article whose text is (almost) the same as an earlier one, e.g. a wire copy
-- republished under another title, next to the article it copies. Copies stay in articles but are left out of
-- strikes_per_night and meetings_per_envoy.
--   jobs/newstally sql --file jobs/sql/near_duplicates.sql
SELECT d.article_id, d.published, d.source, d.title,
       o.article_id AS original_id, o.published AS original_published, o.source AS original_source,
       o.title AS original_title
FROM articles d
JOIN articles o ON o.article_id = d.duplicate_of
ORDER BY o.article_id, d.article_id;

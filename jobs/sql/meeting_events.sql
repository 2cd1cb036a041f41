-- Meetings reported by several articles: each held meeting (event) that more than one article reported, with its
-- participants, places, dates and lengths as each article gave them. Disagreements show up side by side.
--   jobs/newstally sql --file jobs/sql/meeting_events.sql
SELECT event_id,
       count(*) AS reports,
       sort_array(array_distinct(flatten(collect_list(participants)))) AS participants,
       sort_array(collect_set(place)) AS places,
       sort_array(collect_set(meeting_date)) AS dates,
       sort_array(collect_set(duration_hours)) AS hours,
       sort_array(collect_set(article_id)) AS article_ids
FROM meetings
WHERE event_id IS NOT NULL
GROUP BY event_id
HAVING count(*) > 1
ORDER BY reports DESC, event_id;

-- Meetings per envoy: for every envoy of the actor lexicon, how many distinct meetings (events: one meeting reported
-- by several articles counts once) were held, with whom, where, and between which dates.
--   jobs/newstally sql --file jobs/sql/meetings_per_envoy.sql
SELECT envoy,
       count(DISTINCT event_id) AS meetings,
       sort_array(collect_set(counterpart)) AS met,
       sort_array(array_distinct(flatten(collect_list(places)))) AS places,
       min(first_date) AS first_date,
       max(last_date) AS last_date
FROM meetings_per_envoy LATERAL VIEW explode(event_ids) events AS event_id
GROUP BY envoy
ORDER BY meetings DESC, envoy;

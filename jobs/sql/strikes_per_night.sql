-- Strikes per night: how many drones and missiles Russia launched at Ukraine each night, and how many were downed,
-- reconciled over every article that reported the night (near-duplicate copies left out). A night is dated by the
-- morning its report window ends. conflicting = some article gave a figure that contradicts the chosen one.
--   jobs/newstally sql --file jobs/sql/strikes_per_night.sql
SELECT night_end, drones_launched, missiles_launched, total_launched, drones_downed, missiles_downed, drones_lost,
       n_articles, n_sources, conflicting
FROM strikes_per_night
WHERE attacker = 'Russia' AND target = 'Ukraine'
ORDER BY night_end;

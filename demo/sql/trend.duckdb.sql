-- demo/sql/trend.sql for DuckDB: score histograms per channel and per period,
-- one row per metric × channel × period × score with its count. `at` is a
-- keyword in DuckDB: quote it. timezone(zone, timestamptz) gives the wall-clock
-- time in that zone (daylight saving included; the ICU extension, built into
-- the usual DuckDB packages); strftime's %G-W%V is the ISO 8601 week-year and
-- week (2027-01-01 → 2026-W53), %Y-%m the month, %Y-%m-%d the day.
-- Answers without `at` get a null period (trend() counts them in `undated`).

-- name: weekly
select metric, channel, strftime(timezone('Europe/Paris', "at"), '%G-W%V') as period,
       score, count(*)::integer as count
from answers
group by all
order by metric, channel nulls last, period nulls last, score;

-- name: monthly
select metric, channel, strftime(timezone('Europe/Paris', "at"), '%Y-%m') as period,
       score, count(*)::integer as count
from answers
group by all
order by metric, channel nulls last, period nulls last, score;

-- name: daily
select metric, channel, strftime(timezone('Europe/Paris', "at"), '%Y-%m-%d') as period,
       score, count(*)::integer as count
from answers
group by all
order by metric, channel nulls last, period nulls last, score;

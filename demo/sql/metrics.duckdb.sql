-- demo/sql/metrics.sql for DuckDB: the `metrics` rows (DESIGN.md §3), one
-- query per KPI, each giving `kpi, channel, period, <that KPI's counts>`, from
-- the tables of demo/sql/metrics-schema.sql (DuckDB runs that file as it is).
-- $1 is the period's format, in strftime's terms: '%Y-%m' for months,
-- '%G-W%V' for ISO 8601 weeks (%G the week-year: 2027-01-01 → 2026-W53).
-- timezone('Europe/Paris', t) gives the wall-clock time there (daylight saving
-- included; the ICU extension, built into the usual DuckDB packages);
-- `ad_spend.day` is already a local day. quantile_cont is PostgreSQL's
-- percentile_cont; the casts make DuckDB's BIGINT and HUGEINT sums plain
-- integers and its decimals doubles, as in the PostgreSQL file.

-- name: fcr
select 'fcr' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       (count(*) filter (where first_contact_resolved))::integer as "resolvedFirst",
       count(*)::integer as contacts
from contacts
group by 2, 3
order by 2, 3;

-- name: containment
select 'containment' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       (count(*) filter (where contained))::integer as contained,
       count(*)::integer as contacts
from contacts
group by 2, 3
order by 2, 3;

-- name: transfer
select 'transfer' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       count(transferred_to)::integer as transferred,
       count(*)::integer as contacts
from contacts
group by 2, 3
order by 2, 3;

-- name: abandonment
select 'abandonment' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       (count(*) filter (where abandoned))::integer as abandoned,
       count(*)::integer as started
from contacts
group by 2, 3
order by 2, 3;

-- name: volume
select 'volume' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       count(*)::integer as requests
from contacts
group by 2, 3
order by 2, 3;

-- name: response-time
-- Answered contacts only (an abandoned one has no response time). The median
-- is the period's own: it does not add up over rows, the engine reads the mean.
select 'response-time' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       sum(response_seconds)::bigint as "totalSeconds",
       count(*)::integer as n,
       quantile_cont(response_seconds, 0.5) as median
from contacts
where response_seconds is not null
group by 2, 3
order by 2, 3;

-- name: self-care
select 'self-care' as kpi, channel, strftime(timezone('Europe/Paris', started_at), $1) as period,
       (count(*) filter (where resolved))::integer as resolved,
       count(*)::integer as attempts
from self_care
group by 2, 3
order by 2, 3;

-- name: engagement
-- Per platform: interactions over people reached.
select 'engagement' as kpi, platform as channel, strftime(timezone('Europe/Paris', posted_at), $1) as period,
       sum(interactions)::bigint as interactions,
       sum(reach)::bigint as reach
from social_posts
group by 2, 3
order by 2, 3;

-- name: open-rate
select 'open-rate' as kpi, 'email' as channel, strftime(timezone('Europe/Paris', sent_at), $1) as period,
       sum(opens)::bigint as opens,
       sum(delivered)::bigint as delivered
from email_campaigns
group by 3
order by 3;

-- name: ctor
select 'ctor' as kpi, 'email' as channel, strftime(timezone('Europe/Paris', sent_at), $1) as period,
       sum(clicks)::bigint as clicks,
       sum(opens)::bigint as opens
from email_campaigns
group by 3
order by 3;

-- name: ctr
-- Paid media (clicks over impressions) and email (clicks over delivered emails).
select 'ctr' as kpi, channel, period, sum(clicks)::bigint as clicks, sum(impressions)::bigint as impressions
from (
  select channel, strftime(day, $1) as period, clicks, impressions from ad_spend
  union all
  select 'email', strftime(timezone('Europe/Paris', sent_at), $1), clicks, delivered from email_campaigns
) as shown
group by 2, 3
order by 2, 3;

-- name: conversion
-- Sessions by source and by when they started; a converted session has an order.
select 'conversion' as kpi, s.source as channel, strftime(timezone('Europe/Paris', s.started_at), $1) as period,
       count(o.id)::integer as conversions,
       count(*)::integer as visitors
from web_sessions s
left join orders o on o.session_id = s.id
group by 2, 3
order by 2, 3;

-- name: cart-abandonment
select 'cart-abandonment' as kpi, s.source as channel, strftime(timezone('Europe/Paris', s.started_at), $1) as period,
       count(*)::integer as carts,
       count(o.id)::integer as orders
from web_sessions s
left join orders o on o.session_id = s.id
where s.added_to_cart
group by 2, 3
order by 2, 3;

-- name: aov
-- Orders by their session's source and by when they were placed.
select 'aov' as kpi, s.source as channel, strftime(timezone('Europe/Paris', o.ordered_at), $1) as period,
       sum(o.revenue)::float8 as revenue,
       count(*)::integer as orders
from orders o
join web_sessions s on s.id = o.session_id
group by 2, 3
order by 2, 3;

-- name: revenue
select 'revenue' as kpi, s.source as channel, strftime(timezone('Europe/Paris', o.ordered_at), $1) as period,
       sum(o.revenue)::float8 as revenue
from orders o
join web_sessions s on s.id = o.session_id
group by 2, 3
order by 2, 3;

-- name: cpc
select 'cpc' as kpi, channel, strftime(day, $1) as period,
       sum(cost)::float8 as cost,
       sum(clicks)::bigint as clicks
from ad_spend
group by 2, 3
order by 2, 3;

-- name: cpa
-- Spend over new customers (first orders) from that source in the same period.
with spend as (
  select channel, strftime(day, $1) as period, sum(cost) as cost
  from ad_spend
  group by 1, 2
), won as (
  select s.source as channel, strftime(timezone('Europe/Paris', o.ordered_at), $1) as period,
         count(*) filter (where o.new_customer) as acquisitions
  from orders o
  join web_sessions s on s.id = o.session_id
  group by 1, 2
)
select 'cpa' as kpi, channel, period,
       spend.cost::float8 as cost,
       coalesce(won.acquisitions, 0)::integer as acquisitions
from spend
left join won using (channel, period)
order by 2, 3;

-- name: roi
-- Spend against the revenue of orders from that source in the same period.
with spend as (
  select channel, strftime(day, $1) as period, sum(cost) as cost
  from ad_spend
  group by 1, 2
), sales as (
  select s.source as channel, strftime(timezone('Europe/Paris', o.ordered_at), $1) as period,
         sum(o.revenue) as revenue
  from orders o
  join web_sessions s on s.id = o.session_id
  group by 1, 2
)
select 'roi' as kpi, channel, period,
       spend.cost::float8 as cost,
       coalesce(sales.revenue, 0)::float8 as revenue
from spend
left join sales using (channel, period)
order by 2, 3;

-- The collector's tables (PostgreSQL; the demo runs them in PGlite).
-- One row per scored answer, as <kpi-survey> posts it (DESIGN.md §3 `responses`).
create table if not exists answers (
  id               text primary key,          -- the answer's id: resends are ignored (on conflict do nothing)
  response_id      text,                      -- shared by the answers of one survey response
  survey           text,
  metric           text not null check (metric in ('nps', 'csat', 'ces')),
  score            integer not null,
  min              integer not null,
  max              integer not null,
  higher_is_easier boolean,                   -- CES polarity
  channel          text,
  touchpoint       text,
  stage            text,
  at               timestamptz,
  comment          text,
  received_at      timestamptz not null default now(),
  check (min < max and score between min and max)
);

-- One row per customer journey, and one row per marketing touch of it.
create table if not exists journeys (
  id           integer primary key,
  converted    boolean not null,
  value        numeric(12, 2) not null default 0,   -- order value when converted
  converted_at timestamptz
);

create table if not exists touches (
  journey_id integer not null references journeys (id),
  step       integer not null,                       -- 1, 2, … in time order
  channel    text not null,
  at         timestamptz,
  primary key (journey_id, step)
);

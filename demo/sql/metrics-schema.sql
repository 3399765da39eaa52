-- The operational facts behind GET /api/metrics.json (demo/sql/metrics.sql):
-- what a warehouse keeps from the contact centre, the help centre, the social
-- and email tools, the web shop and the ad platforms. Plain SQL that PostgreSQL
-- (the demo's PGlite) and DuckDB both run; times are instants (timestamptz),
-- `ad_spend.day` is already a local (Europe/Paris) day.

-- One row per customer contact (call, email, chat, social message, store visit, in-app message).
create table if not exists contacts (
  id                     integer primary key,
  channel                text not null,
  started_at             timestamptz not null,
  first_contact_resolved boolean not null,        -- solved in this contact, no follow-up
  contained              boolean not null,        -- handled with no human agent (IVR, chatbot, auto-reply)
  transferred_to         text,                    -- the channel it was moved to, or null
  abandoned              boolean not null,        -- left before resolution (hung up, closed the chat)
  response_seconds       integer                  -- time to the first answer; null when abandoned before one
);

-- One row per self-care attempt (FAQ, help centre, in-app assistant): solved without contacting anyone?
create table if not exists self_care (
  id         integer primary key,
  channel    text not null,                       -- app, web
  started_at timestamptz not null,
  resolved   boolean not null
);

-- One row per social post, with the platform's own figures.
create table if not exists social_posts (
  id           integer primary key,
  platform     text not null,                     -- facebook, instagram, twitter, linkedin
  posted_at    timestamptz not null,
  reach        integer not null,                  -- people who saw it
  interactions integer not null                   -- likes, shares, comments, mentions
);

-- One row per email campaign, with the sending tool's counts.
create table if not exists email_campaigns (
  id        integer primary key,
  name      text not null,
  kind      text not null,                        -- generic, personalised
  sent_at   timestamptz not null,
  delivered integer not null,
  opens     integer not null,                     -- unique opens
  clicks    integer not null                      -- unique clicks
);

-- One row per web-shop session, by acquisition source, and one row per order (at most one per session).
create table if not exists web_sessions (
  id            integer primary key,
  source        text not null,                    -- search, social, email, display, affiliate, direct
  started_at    timestamptz not null,
  added_to_cart boolean not null
);

create table if not exists orders (
  id           integer primary key,
  session_id   integer not null unique references web_sessions (id),
  ordered_at   timestamptz not null,
  revenue      numeric(10, 2) not null,           -- euros
  new_customer boolean not null                   -- a first order: an acquisition
);

-- One row per paid channel and day, from the ad platforms.
create table if not exists ad_spend (
  channel     text not null,                      -- search, social, display, affiliate
  day         date not null,
  impressions integer not null,
  clicks      integer not null,
  cost        numeric(10, 2) not null,            -- euros
  primary key (channel, day)
);

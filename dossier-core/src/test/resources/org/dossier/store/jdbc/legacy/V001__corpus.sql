-- The corpus: every field of dossier/1, normalized. {pk} is the dialect's auto-numbered primary key.
-- Offsets are UTF-16 code units into articles.text; seq keeps each list in its dossier/1 order.
CREATE TABLE articles (
  pk {pk},
  doc_id TEXT NOT NULL UNIQUE,
  text_sha256 TEXT NOT NULL UNIQUE,
  sha256 TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  published TEXT,
  published_day TEXT,
  language TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_day ON articles (published_day);

CREATE TABLE article_warnings (
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (article, seq)
);

-- corpus-level entities: one row per real-world referent across articles
CREATE TABLE entities (
  pk {pk},
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  articles INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);

-- normalized names under which an entity is found ("n:zelensky", "s:zelensky", "a:eu")
CREATE TABLE entity_keys (
  key TEXT NOT NULL,
  entity BIGINT NOT NULL REFERENCES entities (pk),
  PRIMARY KEY (key, entity)
);
CREATE INDEX entity_keys_entity ON entity_keys (entity, key);

CREATE TABLE entity_cooccurrence (
  entity BIGINT NOT NULL REFERENCES entities (pk),
  other BIGINT NOT NULL REFERENCES entities (pk),
  articles INTEGER NOT NULL,
  PRIMARY KEY (entity, other)
);
CREATE INDEX entity_cooccurrence_rank ON entity_cooccurrence (entity, articles);

-- an article's entity (dossier/1 "entities"), tied to its corpus entity with the reason
CREATE TABLE article_entities (
  pk {pk},
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  subtype TEXT,
  name TEXT,
  entity BIGINT NOT NULL REFERENCES entities (pk),
  merge_reason TEXT NOT NULL,
  UNIQUE (article, seq)
);
CREATE INDEX article_entities_entity ON article_entities (entity);

-- aliases (kind 'alias') and titles (kind 'title') in article order
CREATE TABLE entity_names (
  article_entity BIGINT NOT NULL REFERENCES article_entities (pk),
  kind TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (article_entity, kind, seq)
);

CREATE TABLE mentions (
  article_entity BIGINT NOT NULL REFERENCES article_entities (pk),
  seq INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article_entity, seq)
);

CREATE TABLE timexes (
  pk {pk},
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  local_id TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  UNIQUE (article, seq)
);

CREATE TABLE quotes (
  pk {pk},
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  local_id TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_entity BIGINT REFERENCES entities (pk),
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  claim TEXT,
  UNIQUE (article, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);

CREATE TABLE claims (
  pk {pk},
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  local_id TEXT,
  source TEXT,
  source_entity BIGINT REFERENCES entities (pk),
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  content_start INTEGER,
  content_end INTEGER,
  content_text TEXT,
  date TEXT,
  hedged INTEGER NOT NULL,
  UNIQUE (article, seq)
);
CREATE INDEX claims_source ON claims (source_entity);

CREATE TABLE claim_via (
  claim BIGINT NOT NULL REFERENCES claims (pk),
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (claim, seq)
);

-- day: the event's date as YYYY-MM-DD when it names a day, month or year, else the article's day; for ordering
CREATE TABLE events (
  pk {pk},
  article BIGINT NOT NULL REFERENCES articles (pk),
  seq INTEGER NOT NULL,
  local_id TEXT,
  type TEXT NOT NULL,
  cameo TEXT,
  predicate TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  location TEXT,
  location_entity BIGINT REFERENCES entities (pk),
  date TEXT,
  day TEXT,
  timex TEXT,
  factuality TEXT NOT NULL,
  attribution TEXT,
  UNIQUE (article, seq)
);
CREATE INDEX events_day ON events (day);

CREATE TABLE participants (
  event BIGINT NOT NULL REFERENCES events (pk),
  seq INTEGER NOT NULL,
  entity TEXT,
  role TEXT,
  corpus_entity BIGINT REFERENCES entities (pk),
  day TEXT,
  PRIMARY KEY (event, seq)
);
CREATE INDEX participants_entity_day ON participants (corpus_entity, day);

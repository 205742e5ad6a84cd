-- Corpus events (issue 11): article events that are the same real-world event, across articles and within one.
-- The store's merger (org.dossier.merge.EventMerger) ties each event to one at ingest, in the article's transaction;
-- V10 (a Java step) ties the events of articles stored before this version, in ingest order.

-- one row per real-world event across the corpus (and within one article)
-- AUTOINCREMENT: the key of a corpus event merged away or emptied is never given to another (dossier event ID
-- stays an address), and the merger's bookkeeping of merged keys within one article stays unambiguous
CREATE TABLE corpus_events (
  pk INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL,                -- EventType of its reports (the most frequent; ties: earliest report)
  ace TEXT,
  predicate TEXT NOT NULL,           -- representative predicate (lemma)
  reports INTEGER NOT NULL,          -- number of article events in it
  articles INTEGER NOT NULL,         -- number of distinct articles
  first_day TEXT,                    -- earliest events.day among its reports (YYYY-MM-DD)
  last_day TEXT,
  first_reported TEXT                -- earliest articles.published_day among its reports' articles
);
CREATE INDEX corpus_events_day ON corpus_events (first_day, pk);

-- every article event belongs to exactly one corpus event once the article is stored
ALTER TABLE events ADD COLUMN corpus_event BIGINT REFERENCES corpus_events (pk);
ALTER TABLE events ADD COLUMN merge_reason TEXT;    -- one readable sentence (--why)
ALTER TABLE events ADD COLUMN merge_key TEXT;       -- the key it gave its corpus event (taken back when it goes)
CREATE INDEX events_corpus_event ON events (corpus_event);

-- keys under which a corpus event is found at ingest (the merger's own strings, like entity_keys); uses counts the
-- reports that gave the key, so removing an article drops exactly the keys only it gave
CREATE TABLE corpus_event_keys (
  key TEXT NOT NULL,
  corpus_event BIGINT NOT NULL REFERENCES corpus_events (pk),
  uses INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (key, corpus_event)
);
CREATE INDEX corpus_event_keys_event ON corpus_event_keys (corpus_event, key);

-- How close articles are as a whole: each article's profile (its most telling content words and names, weighted
-- tf-idf at ingest and L2-normalized), and for idf the number of articles that use each term.
CREATE TABLE article_terms (
  term TEXT NOT NULL,
  article BIGINT NOT NULL REFERENCES articles (pk),
  weight REAL NOT NULL,
  PRIMARY KEY (term, article)
);
CREATE INDEX article_terms_article ON article_terms (article);

CREATE TABLE corpus_terms (
  term TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
);

-- An event's participants, place and claim name article entities and claims by their local id ("E3", "C2") within
-- the article; the corpus-event reports (timeline --entity, dossier event, conflicts) join them so. The unique keys
-- (article, seq) found the article's rows but not the one with that id: every lookup read all of the article's
-- entities (often a hundred in a news article) or claims. One row each, from the index.
CREATE INDEX IF NOT EXISTS article_entities_local ON article_entities (article, local_id);
CREATE INDEX IF NOT EXISTS claims_local ON claims (article, local_id);

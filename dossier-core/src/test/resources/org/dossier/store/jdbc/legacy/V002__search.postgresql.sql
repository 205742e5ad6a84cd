-- Full text over articles (title and text), quotes and claims: an English tsvector with a GIN index, ranked by ts_rank.
CREATE TABLE search_index (
  kind TEXT NOT NULL,
  article BIGINT NOT NULL REFERENCES articles (pk),
  ref BIGINT NOT NULL,
  body TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
);
CREATE INDEX search_index_tsv ON search_index USING GIN (tsv);

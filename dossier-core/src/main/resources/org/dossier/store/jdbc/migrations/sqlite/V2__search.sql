-- Full text over articles (title and text), quotes and claims: FTS5 with Porter stemming, ranked by bm25.
CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, article UNINDEXED, ref UNINDEXED,
  tokenize = 'porter unicode61');

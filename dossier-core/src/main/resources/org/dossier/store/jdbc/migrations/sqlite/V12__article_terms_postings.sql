-- The postings of a profile term read with their weights from the index alone: CorpusEvents reads, for each term of a
-- new article's profile, the 300 most recent articles that have it (ORDER BY article DESC) with their weights. Through
-- the primary key (term, article) each posting also cost a lookup of its table row, one page per article: 9,000 row
-- lookups per article written at 30 terms, the largest read of event merging in a large store.
CREATE INDEX IF NOT EXISTS article_terms_postings ON article_terms (term, article, weight);

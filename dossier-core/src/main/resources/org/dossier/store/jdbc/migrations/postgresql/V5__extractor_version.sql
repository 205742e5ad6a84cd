-- The version of the extractor that produced each article's record (DossierPipeline.version()); NULL for articles
-- stored before versions were kept, which count as extracted by an older version.
ALTER TABLE articles ADD COLUMN extractor_version TEXT;
CREATE INDEX articles_extractor_version ON articles (extractor_version);

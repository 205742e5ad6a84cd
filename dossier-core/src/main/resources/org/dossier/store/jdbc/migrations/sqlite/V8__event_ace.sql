-- The ACE 2005 subtype of an event ("Life:Die", "Justice:Sentence"), added to dossier/1 with the general event
-- inventory (docs/spec/dossier-1.md); NULL where none fits and for events stored before it existed.
ALTER TABLE events ADD COLUMN ace TEXT;

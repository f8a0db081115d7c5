-- The roles and categories a team fixed on a dataset's columns, as JSON: the mapping its profile
-- and derives use.
ALTER TABLE datasets ADD COLUMN mapping VARCHAR(20000) NOT NULL DEFAULT '{}';

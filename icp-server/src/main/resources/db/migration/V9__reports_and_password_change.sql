-- Two changes of issue 13.
--
-- The report.html a derive wrote for the version it made (page one in business words, the
-- evidence, the appendix), served from the version's page. Imported versions have none.

CREATE TABLE version_reports (
  version_id BIGINT NOT NULL PRIMARY KEY REFERENCES versions (id),
  html TEXT NOT NULL
);

-- A user given an initial password by an admin's invitation must choose their own at the next
-- sign-in.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

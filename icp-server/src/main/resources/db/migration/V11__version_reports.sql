-- The report.html a derive wrote for the version it made (page one in business words, the
-- evidence, the appendix), served from the version's page. Imported versions have none.

CREATE TABLE version_reports (
  version_id BIGINT NOT NULL PRIMARY KEY REFERENCES versions (id),
  html TEXT NOT NULL
);

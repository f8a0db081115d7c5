-- ICP KPIs: the target and owner a team set per KPI (an OKR), the KPI figures computed for a
-- published version on a linked dataset (version-stamped, computed once), and the zip of linked
-- exports a dataset was assembled from (kept for the funnel, which needs the opportunities).

CREATE TABLE kpi_targets (
  workspace_id BIGINT NOT NULL REFERENCES workspaces (id),
  kpi VARCHAR(60) NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  owner VARCHAR(320) NOT NULL,
  set_by VARCHAR(320) NOT NULL,
  set_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (workspace_id, kpi)
);

CREATE TABLE kpi_snapshots (
  version_id BIGINT NOT NULL REFERENCES versions (id),
  dataset_id BIGINT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  figures TEXT NOT NULL,
  PRIMARY KEY (version_id, dataset_id)
);

ALTER TABLE datasets ADD COLUMN exports_file VARCHAR(300);

-- The column matches a workspace confirmed in the score explorer: which column of an uploaded file
-- holds each model column (e.g. "Technologies" for "Tech Stack"), used to pre-fill later uploads.

CREATE TABLE column_matches (
  workspace_id BIGINT NOT NULL REFERENCES workspaces (id),
  model_column VARCHAR(300) NOT NULL,
  file_column VARCHAR(300) NOT NULL,
  confirmed_by VARCHAR(320) NOT NULL,
  confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (workspace_id, model_column)
);

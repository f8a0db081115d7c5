-- Departments: each member of a workspace may belong to one department (marketing, sales,
-- customer_success, product, finance), and signs off a version for that department only.
ALTER TABLE members ADD COLUMN department VARCHAR(40);

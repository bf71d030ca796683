-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 4: which school authority a database user coordinates. On PostgreSQL the
-- row-level policies of `schulit admin init-roles` let an authority coordinator write only
-- the rows of this authority; `schulit admin grant` fills the table. SQLite keeps it empty.

CREATE TABLE user_authority (
    user_name TEXT PRIMARY KEY,
    authority_id BIGINT NOT NULL REFERENCES authority(id)
);

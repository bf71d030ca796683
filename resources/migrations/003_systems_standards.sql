-- SPDX-License-Identifier: EUPL-1.2
-- Systems inventory (Bestandsaufnahme) and the common minimum standards.
-- Portable SQL for SQLite and PostgreSQL, like 001_initial.sql.

-- What an authority runs, from the firewall to the learning platform; school_id names the
-- one school a system serves, NULL for a system of the whole authority.
CREATE TABLE system (
    id %ID_PK%,
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    school_id BIGINT REFERENCES school(id),
    category TEXT NOT NULL,
    product TEXT NOT NULL,
    vendor TEXT,
    version TEXT,
    licence_end TEXT,
    annual_cost_cents BIGINT,
    operated_by TEXT,
    notes TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX idx_system_authority ON system(authority_id);
CREATE INDEX idx_system_school ON system(school_id);
CREATE INDEX idx_system_category ON system(category, product);

-- A measurable criterion: measure, comparison and threshold; school_types holds the NRW
-- school type keys it applies to, separated by commas (NULL or empty: every school).
CREATE TABLE minimum_standard (
    id %ID_PK%,
    name TEXT NOT NULL UNIQUE,
    area TEXT NOT NULL,
    measure TEXT NOT NULL,
    comparison TEXT NOT NULL DEFAULT 'at_least',
    threshold DOUBLE PRECISION NOT NULL,
    school_types TEXT,
    notes TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 1: the county's school IT inventory.
-- Portable SQL for SQLite and PostgreSQL. %ID_PK% is the engine's auto-increment key.
-- Dates are ISO text (yyyy-MM-dd), money is integer cents, flags are 0/1 integers,
-- enumerations are short English codes checked by the application.

CREATE TABLE authority (
    id %ID_PK%,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    traeger_number TEXT,
    contact TEXT,
    it_staff_fte DOUBLE PRECISION,
    support_model TEXT,
    cooperation_phase TEXT NOT NULL DEFAULT 'not_yet',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE school (
    id %ID_PK%,
    school_number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    school_type TEXT NOT NULL,
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    street TEXT,
    postal_code TEXT,
    city TEXT,
    pupils INTEGER,
    teachers INTEGER,
    broadband_mbits INTEGER,
    wlan_coverage_percent INTEGER,
    media_officer TEXT,
    notes TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE funding_program (
    id %ID_PK%,
    name TEXT NOT NULL UNIQUE,
    funder TEXT NOT NULL,
    total_budget_cents BIGINT,
    own_share_percent DOUBLE PRECISION,
    application_deadline TEXT,
    spending_deadline TEXT,
    proof_of_use_deadline TEXT,
    purpose_binding_end TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE support_contract (
    id %ID_PK%,
    contract_number TEXT NOT NULL UNIQUE,
    vendor TEXT NOT NULL,
    subject TEXT,
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    start_date TEXT NOT NULL,
    initial_term_months INTEGER NOT NULL,
    renewal_months INTEGER NOT NULL DEFAULT 12,
    notice_months INTEGER NOT NULL DEFAULT 3,
    auto_renewal INTEGER NOT NULL DEFAULT 1,
    annual_cost_cents BIGINT,
    response_time_hours INTEGER,
    notes TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contract_school (
    contract_id BIGINT NOT NULL REFERENCES support_contract(id) ON DELETE CASCADE,
    school_id BIGINT NOT NULL REFERENCES school(id),
    PRIMARY KEY (contract_id, school_id)
);

CREATE TABLE device (
    id %ID_PK%,
    inventory_number TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    manufacturer TEXT,
    model TEXT,
    serial_number TEXT,
    school_id BIGINT NOT NULL REFERENCES school(id),
    room TEXT,
    user_group TEXT,
    status TEXT NOT NULL DEFAULT 'in_use',
    acquired_on TEXT,
    price_cents BIGINT,
    warranty_end TEXT,
    funding_program_id BIGINT REFERENCES funding_program(id),
    support_contract_id BIGINT REFERENCES support_contract(id),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE allocation (
    id %ID_PK%,
    program_id BIGINT NOT NULL REFERENCES funding_program(id),
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    allocated_cents BIGINT NOT NULL DEFAULT 0,
    applied_cents BIGINT NOT NULL DEFAULT 0,
    approved_cents BIGINT NOT NULL DEFAULT 0,
    grant_date TEXT,
    paid_out_cents BIGINT NOT NULL DEFAULT 0,
    spent_cents BIGINT NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (program_id, authority_id)
);

CREATE TABLE measure (
    id %ID_PK%,
    school_id BIGINT NOT NULL REFERENCES school(id),
    program_id BIGINT NOT NULL REFERENCES funding_program(id),
    title TEXT NOT NULL,
    amount_cents BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'planned',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id %ID_PK%,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);

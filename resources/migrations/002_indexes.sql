-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 2: indexes for the lookups and filters the tables, statistics and
-- the audit history run on every screen.

CREATE INDEX idx_school_authority ON school(authority_id);
CREATE INDEX idx_device_school ON device(school_id);
CREATE INDEX idx_device_category ON device(category);
CREATE INDEX idx_device_status ON device(status);
CREATE INDEX idx_device_acquired ON device(acquired_on);
CREATE INDEX idx_device_program ON device(funding_program_id);
CREATE INDEX idx_device_contract ON device(support_contract_id);
CREATE INDEX idx_contract_authority ON support_contract(authority_id);
CREATE INDEX idx_contract_school_school ON contract_school(school_id);
CREATE INDEX idx_allocation_authority ON allocation(authority_id);
CREATE INDEX idx_measure_school ON measure(school_id);
CREATE INDEX idx_measure_program ON measure(program_id);
CREATE INDEX idx_audit_record ON audit_log(table_name, record_key);
CREATE INDEX idx_audit_changed ON audit_log(changed_at);

-- SPDX-License-Identifier: EUPL-1.2
-- A small county for the table, editing and audit tests (tests/tablefixture.h).
-- Written with plain SQL, so the audit log starts empty. Reference day: 01.08.2025.

INSERT INTO authority (id, name, kind, traeger_number, cooperation_phase) VALUES
    (1, 'Kreis Coesfeld', 'county', '100', 'participating'),
    (2, 'Stadt Dülmen', 'town', '200', 'pilot');

INSERT INTO school (id, school_number, name, school_type, authority_id, city, pupils) VALUES
    (1, '100001', 'Anne-Frank-Gymnasium', '20', 1, 'Coesfeld', 900),
    (2, '100002', 'Grundschule Nord', '02', 2, 'Dülmen', 180),
    (3, '100003', 'Realschule Süd', '10', 2, 'Dülmen', 520);

INSERT INTO funding_program (id, name, funder, total_budget_cents, own_share_percent) VALUES
    (1, 'DigitalPakt Schule', 'federal', 500000000000, 10);

-- Contract 1: 01.01.2024 + 24 months ends 31.12.2025; 3 months notice: last day to cancel
-- 30.09.2025, 60 days after the reference day (inside the 90 days to warn of).
-- Contract 2: 01.07.2023 + 12 months ends 30.06.2024 without renewal: no day left.
INSERT INTO support_contract (id, contract_number, vendor, subject, authority_id, start_date,
                              initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents) VALUES
    (1, 'SV-001', 'Netz GmbH', 'Netzwerk', 1, '2024-01-01', 24, 12, 3, 1, 1200000),
    (2, 'SV-002', 'Druck AG', 'Drucker', 2, '2023-07-01', 12, 12, 3, 0, 300000);

INSERT INTO contract_school (contract_id, school_id) VALUES (1, 1), (2, 2), (2, 3);

-- Inventory numbers sort KC-0001 < KC-0002 < DU-0001 ... as text: DU-0001, DU-0002,
-- DU-0003, KC-0001, KC-0002.
INSERT INTO device (id, inventory_number, category, manufacturer, model, serial_number, school_id, room,
                    user_group, status, acquired_on, price_cents, warranty_end, funding_program_id, support_contract_id) VALUES
    (1, 'KC-0001', 'tablet', 'Apple', 'iPad', 'SN-A1', 1, 'A 1.01', 'pupils', 'in_use', '2023-08-01', 45900, '2025-07-31', 1, 1),
    (2, 'KC-0002', 'notebook', 'Lenovo', 'ThinkPad', 'SN-L2', 1, 'B 2.02', 'teachers', 'defective', '2022-01-15', 123456, NULL, NULL, NULL),
    (3, 'DU-0001', 'pc', 'Dell', 'OptiPlex', 'SN-D3', 2, 'Büro', 'administration', 'in_use', '2021-12-31', NULL, NULL, NULL, NULL),
    (4, 'DU-0002', 'tablet', 'Samsung', 'Galaxy Tab', 'SN-S4', 3, NULL, 'pupils', 'retired', NULL, 29900, NULL, NULL, NULL),
    (5, 'DU-0003', 'display', 'Promethean', 'ActivPanel', 'SN-P5', 3, 'C 0.11', NULL, 'in_use', '2024-02-29', 350000, '2029-02-28', 1, NULL);

-- Allocation 1: 1.000.000,00 € allocated, 250.000,00 € spent: 750.000,00 € remain, 25 % spent.
-- Allocation 2: nothing allocated: 0 % spent.
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, applied_cents, approved_cents,
                        grant_date, paid_out_cents, spent_cents) VALUES
    (1, 1, 1, 100000000, 100000000, 100000000, '2021-03-01', 30000000, 25000000),
    (2, 1, 2, 0, 0, 0, NULL, 0, 0);

INSERT INTO measure (id, school_id, program_id, title, amount_cents, status) VALUES
    (1, 1, 1, 'WLAN Haus B', 8000000, 'approved');

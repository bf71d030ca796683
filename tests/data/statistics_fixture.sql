-- SPDX-License-Identifier: EUPL-1.2
-- A small county for the statistics tests. "Today" in the tests is 2025-06-15.
-- Every figure below is worked out by hand; the tests compare against these comments.
--
-- Replacement cycles (defaults): tablet, notebook 5 years -> acquired before 2020-06-15 is
-- past; pc 6 -> before 2019-06-15; display, projector 8 -> before 2017-06-15; access point,
-- switch, firewall, server 7 -> before 2018-06-15; printer and other: no cycle.

INSERT INTO authority (id, name, kind) VALUES (1, 'Kreis Coesfeld', 'county');
INSERT INTO authority (id, name, kind) VALUES (2, 'Stadt Dülmen', 'town');
-- Rosendahl has a school but no devices and no contracts.
INSERT INTO authority (id, name, kind) VALUES (3, 'Gemeinde Rosendahl', 'municipality');

-- 5 schools, 600 + 400 + 90 + 300 + 150 = 1540 pupils.
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils) VALUES (1, '100001', 'Gymnasium Nord', '20', 1, 600);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils) VALUES (2, '100002', 'Berufskolleg West', '30', 1, 400);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils) VALUES (3, '100003', 'Grundschule Am Markt', '02', 2, 90);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils) VALUES (4, '100004', 'Realschule Dülmen', '10', 2, 300);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils) VALUES (5, '100005', 'Grundschule Rosendahl', '02', 3, 150);

-- 25 devices, 22 in use (d7 retired, d13 defective, d20 in stock).
-- "past" = past its replacement cycle on 2025-06-15; "pupil" = counts as a pupil device
-- (pc/notebook/tablet in use, user group empty or pupils).
-- School 1 (Kreis Coesfeld): pupil devices d1 d2 d4 d5 d6 d10 = 6 -> 600 / 6 = 100
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (1, 'D-01', 'pc', 1, 'in_use', '2018-03-01', 'pupils');          -- past, pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (2, 'D-02', 'pc', 1, 'in_use', '2019-06-15', NULL);              -- on the cut-off day: not past; pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (3, 'D-03', 'pc', 1, 'in_use', '2019-06-14', 'teachers');        -- past, teachers
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (4, 'D-04', 'tablet', 1, 'in_use', '2020-06-14', 'pupils');      -- past, pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (5, 'D-05', 'tablet', 1, 'in_use', '2021-09-01', 'pupils');      -- pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (6, 'D-06', 'tablet', 1, 'in_use', '2021-09-01', 'pupils');      -- pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (7, 'D-07', 'tablet', 1, 'retired', '2021-09-01', 'pupils');     -- not in use
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (8, 'D-08', 'display', 1, 'in_use', '2016-01-10', NULL);         -- past
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (9, 'D-09', 'printer', 1, 'in_use', '2010-05-05', NULL);         -- no cycle
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (10, 'D-10', 'notebook', 1, 'in_use', NULL, 'pupils');          -- no date, pupil
-- School 2 (Kreis Coesfeld): pupil devices d11 d12 = 2 -> 400 / 2 = 200
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (11, 'D-11', 'notebook', 2, 'in_use', '2022-02-01', 'pupils');  -- pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (12, 'D-12', 'notebook', 2, 'in_use', '2022-02-01', 'pupils');  -- pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (13, 'D-13', 'notebook', 2, 'defective', '2020-01-15', 'pupils'); -- not in use
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (14, 'D-14', 'access_point', 2, 'in_use', '2017-05-01', NULL);   -- past
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (15, 'D-15', 'switch', 2, 'in_use', '2019-01-01', NULL);
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (16, 'D-16', 'server', 2, 'in_use', '2018-06-14', 'administration'); -- past
-- School 3 (Stadt Dülmen): pupil devices d17 d18 d19 = 3 -> 90 / 3 = 30
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (17, 'D-17', 'tablet', 3, 'in_use', '2023-08-01', 'pupils');
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (18, 'D-18', 'tablet', 3, 'in_use', '2023-08-01', 'pupils');
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (19, 'D-19', 'tablet', 3, 'in_use', '2023-08-01', 'pupils');
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (20, 'D-20', 'tablet', 3, 'in_stock', '2023-08-01', 'pupils');  -- not in use
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (21, 'D-21', 'projector', 3, 'in_use', '2015-03-01', NULL);      -- past
-- School 4 (Stadt Dülmen): pupil devices d22 d24 = 2 -> 300 / 2 = 150
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (22, 'D-22', 'pc', 4, 'in_use', '2024-01-10', 'pupils');
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (23, 'D-23', 'pc', 4, 'in_use', '2024-01-10', 'administration');
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (24, 'D-24', 'notebook', 4, 'in_use', '2019-12-01', 'pupils'); -- past, pupil
INSERT INTO device (id, inventory_number, category, school_id, status, acquired_on, user_group) VALUES (25, 'D-25', 'firewall', 4, 'in_use', '2025-02-01', NULL);
-- School 5 (Gemeinde Rosendahl): no devices.
--
-- Key figures, everything: 5 schools, 1540 pupils, 22 devices in use:
--   pc 5 (past 2 of 5 with cycle), notebook 4 (past 1 of 3; d10 has no date), tablet 6 (past 1
--   of 6), display 1 (1/1), projector 1 (1/1), printer 1 (no cycle), server 1 (1/1),
--   access point 1 (1/1), switch 1 (0/1), firewall 1 (0/1).
--   With a cycle and a date: 20; past: 8 -> 40.0 %. Pupil devices 13 -> 1540 / 13 = 118.46.
-- Devices by authority: Gemeinde Rosendahl 0; Kreis Coesfeld 14 (pc 3, notebook 3, tablet 3,
--   display 1, printer 1, server 1, access point 1, switch 1); Stadt Dülmen 8 (pc 2,
--   notebook 1, tablet 3, projector 1, firewall 1).
-- Device age (in use, with date; past in brackets): 2010 1 (0), 2011-2014 none, 2015 1 (1),
--   2016 1 (1), 2017 1 (1), 2018 2 (2), 2019 4 (2), 2020 1 (1), 2021 2 (0), 2022 2 (0),
--   2023 3 (0), 2024 2 (0), 2025 1 (0); 21 with a date, 1 without.
-- Pupils per device, highest first: Berufskolleg West 200, Realschule Dülmen 150,
--   Gymnasium Nord 100, Grundschule Am Markt 30, then Grundschule Rosendahl (no devices).
-- School type 02 only: 2 schools, 240 pupils, 4 devices in use (3 tablets, 1 projector,
--   the projector past: 1 of 4 = 25.0 %), 3 pupil devices -> 80 pupils per device.
-- Year 2021 (reference day 2021-12-31): 13 devices in use acquired by then, none past its
--   cycle on that day; pupil devices d1 d2 d4 d5 d6 d24 = 6 -> 1540 / 6 = 256.67.

INSERT INTO funding_program (id, name, funder, spending_deadline, proof_of_use_deadline) VALUES (1, 'DigitalPakt Schule', 'federal', '2025-12-31', '2026-06-30');
INSERT INTO funding_program (id, name, funder, spending_deadline, proof_of_use_deadline) VALUES (2, 'Sofortausstattungsprogramm', 'federal', '2021-06-30', '2021-09-30');
-- No allocation: left out of the funding figures.
INSERT INTO funding_program (id, name, funder) VALUES (3, 'DigitalPakt 2.0', 'federal');

-- cents:                                                                          allocated  approved   paid out   spent
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, approved_cents, paid_out_cents, spent_cents) VALUES (1, 1, 1, 100000000, 90000000, 60000000, 55000000);
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, approved_cents, paid_out_cents, spent_cents) VALUES (2, 1, 2, 50000000, 50000000, 25000000, 20000000);
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, approved_cents, paid_out_cents, spent_cents) VALUES (3, 1, 3, 10000000, 0, 0, 0);
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, approved_cents, paid_out_cents, spent_cents) VALUES (4, 2, 1, 20000000, 20000000, 20000000, 19850050);
INSERT INTO allocation (id, program_id, authority_id, allocated_cents, approved_cents, paid_out_cents, spent_cents) VALUES (5, 2, 2, 5000000, 5000000, 5000000, 5000000);
-- All: allocated 185,000,000; approved 165,000,000 (89.2 %); paid out 110,000,000 (59.5 %);
--   spent 99,850,050 (54.0 %).
-- Per program: DigitalPakt Schule 160,000,000 / 140,000,000 / 85,000,000 / 75,000,000,
--   remaining 85,000,000; Sofortausstattungsprogramm 25,000,000 / 25,000,000 / 25,000,000 /
--   24,850,050, remaining 149,950.
-- Stadt Dülmen only: 55,000,000 / 55,000,000 (100.0 %) / 30,000,000 (54.5 %) / 25,000,000 (45.5 %).
-- Gemeinde Rosendahl only: allocated 10,000,000, nothing approved (0.0 %).

-- Contracts (today 2025-06-15; window of 24 months: 2025-06-15 to 2027-05-31).
-- SV-001: 36 months from 2023-01-01 -> first term ends 2025-12-31; 6 months notice -> last
--   day to cancel 2025-06-30 (15 days: due). Then yearly: 2026-12-31 (cancel by 2026-06-30).
--   Events: cancel 2025-06-30, renewal 2025-12-31, cancel 2026-06-30, renewal 2026-12-31.
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents)
    VALUES (1, 'SV-001', 'NetCom GmbH', 1, '2023-01-01', 36, 12, 6, 1, 1200000);
-- SV-002: 24 months from 2024-03-01 -> ends 2026-02-28, 3 months notice -> 2025-11-30
--   (168 days: not due). Then 2027-02-28 (cancel by 2026-11-30).
--   Events: cancel 2025-11-30, renewal 2026-02-28, cancel 2026-11-30, renewal 2027-02-28.
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents)
    VALUES (2, 'SV-002', 'Schul-IT Service AG', 2, '2024-03-01', 24, 12, 3, 1, 850050);
-- SV-003: no renewal, 36 months from 2022-09-01 -> ends 2025-08-31; its last day to cancel
--   2025-05-31 has passed. Still running: counts for the costs. Event: final end 2025-08-31.
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents)
    VALUES (3, 'SV-003', 'NetCom GmbH', 2, '2022-09-01', 36, 12, 3, 0, 300000);
-- SV-004: no renewal, ended 2021-12-31: no costs, no events (in 2021 it still counts).
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents)
    VALUES (4, 'SV-004', 'Altvertrag KG', 1, '2020-01-01', 24, 12, 3, 0, 500000);
-- SV-005: 12 months from 2024-10-01 -> 2025-09-30; 1 month notice -> last day to cancel
--   2025-08-31 (a notice beginning 01.09. ends 30.09.): 77 days, due.
--   Events: cancel 2025-08-31, renewal 2025-09-30, cancel 2026-08-31, renewal 2026-09-30.
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal, annual_cost_cents)
    VALUES (5, 'SV-005', 'Druckerdienst Müller', 1, '2024-10-01', 12, 12, 1, 1, 99999);

INSERT INTO contract_school (contract_id, school_id) VALUES (1, 1);
INSERT INTO contract_school (contract_id, school_id) VALUES (1, 2);
INSERT INTO contract_school (contract_id, school_id) VALUES (2, 3);
INSERT INTO contract_school (contract_id, school_id) VALUES (3, 4);
INSERT INTO contract_school (contract_id, school_id) VALUES (4, 2);
-- Due within 90 days of 2025-06-15: SV-001 (2025-06-30, 15 days), SV-005 (2025-08-31, 77 days).
-- Annual costs (SV-004 ended): Kreis Coesfeld: NetCom GmbH 1,200,000, Druckerdienst Müller
--   99,999 -> 1,299,999; Stadt Dülmen: NetCom GmbH 300,000, Schul-IT Service AG 850,050 ->
--   1,150,050. Vendors: NetCom GmbH 1,500,000 (2 contracts), Schul-IT Service AG 850,050,
--   Druckerdienst Müller 99,999. Total 2,450,049 in 4 contracts.
-- School type 02: only SV-002 covers such a school (850,050).
-- Year 2021: only SV-004 had begun; on 2021-12-31 it runs its last day: Altvertrag KG 500,000.

-- SPDX-License-Identifier: EUPL-1.2
-- Fixture of the systems inventory and the minimum standards (tst_systemscommonality,
-- tst_schoolmeasures, tst_standardscompliance, tst_compliancegap). Reference day 2025-06-30;
-- default replacement cycles (tablet, notebook 5 years, PC 6, display 8). The expected
-- figures are worked out by hand in the comments and in the tests.

INSERT INTO authority (id, name, kind, cooperation_phase) VALUES (1, 'Kreis Coesfeld', 'county', 'participating');
INSERT INTO authority (id, name, kind, cooperation_phase) VALUES (2, 'Stadt Dülmen', 'town', 'participating');
INSERT INTO authority (id, name, kind, cooperation_phase) VALUES (3, 'Gemeinde Havixbeck', 'municipality', 'pilot');
INSERT INTO authority (id, name, kind, cooperation_phase) VALUES (4, 'Gemeinde Nottuln', 'municipality', 'not_yet');

-- school 1: primary, 40 pupils, 4 teachers; 2: Gymnasium, 90 / 9; 3: Realschule, 60 / 6,
-- no broadband or WLAN figures; 4: primary without pupils, teachers or devices; 5: vocational.
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils, teachers, broadband_mbits, wlan_coverage_percent) VALUES (1, '100001', 'Grundschule Nord', '02', 1, 40, 4, 1000, 100);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils, teachers, broadband_mbits, wlan_coverage_percent) VALUES (2, '100002', 'Gymnasium Mitte', '20', 1, 90, 9, 500, 80);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils, teachers, broadband_mbits, wlan_coverage_percent) VALUES (3, '100003', 'Realschule Süd', '10', 2, 60, 6, NULL, NULL);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils, teachers, broadband_mbits, wlan_coverage_percent) VALUES (4, '100004', 'Grundschule Ost', '02', 2, NULL, NULL, 250, 95);
INSERT INTO school (id, school_number, name, school_type, authority_id, pupils, teachers, broadband_mbits, wlan_coverage_percent) VALUES (5, '100005', 'Berufskolleg West', '30', 3, 30, 5, 2000, 50);

-- school 1: 10 pupil tablets within cycle -> 40 / 10 = 4 pupils per device
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-001', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-002', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-003', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-004', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-005', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-006', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-007', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-008', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-009', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-010', 'tablet', 1, 'pupils', 'in_use', '2023-01-01');
-- school 1: 4 teacher notebooks past their 5 years -> 1 teacher per device; 10 of 14 within cycle
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-011', 'notebook', 1, 'teachers', 'in_use', '2018-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-012', 'notebook', 1, 'teachers', 'in_use', '2018-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-013', 'notebook', 1, 'teachers', 'in_use', '2018-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-014', 'notebook', 1, 'teachers', 'in_use', '2018-01-01');
-- school 1: a defective tablet counts nowhere but in the device total
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-015', 'tablet', 1, 'pupils', 'defective', '2023-01-01');
-- school 2: 20 PCs without user group (pupils), within 6 years
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-016', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-017', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-018', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-019', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-020', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-021', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-022', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-023', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-024', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-025', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-026', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-027', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-028', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-029', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-030', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-031', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-032', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-033', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-034', 'pc', 2, NULL, 'in_use', '2020-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-035', 'pc', 2, NULL, 'in_use', '2020-01-01');
-- school 2: 10 pupil notebooks past 5 years -> 90 / 30 = 3 pupils per device
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-036', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-037', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-038', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-039', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-040', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-041', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-042', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-043', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-044', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-045', 'notebook', 2, 'pupils', 'in_use', '2019-01-01');
-- school 2: 2 displays past 8 years -> 20 of 32 within cycle = 62.5 %; no teacher device
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-046', 'display', 2, NULL, 'in_use', '2010-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-047', 'display', 2, NULL, 'in_use', '2010-01-01');
-- school 3: 20 pupil tablets of unknown age -> 3 pupils per device, no cycle figures
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-048', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-049', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-050', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-051', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-052', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-053', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-054', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-055', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-056', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-057', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-058', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-059', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-060', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-061', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-062', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-063', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-064', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-065', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-066', 'tablet', 3, 'pupils', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-067', 'tablet', 3, 'pupils', 'in_use', NULL);
-- school 3: 6 teacher notebooks -> 1 teacher per device
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-068', 'notebook', 3, 'teachers', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-069', 'notebook', 3, 'teachers', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-070', 'notebook', 3, 'teachers', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-071', 'notebook', 3, 'teachers', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-072', 'notebook', 3, 'teachers', 'in_use', NULL);
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-073', 'notebook', 3, 'teachers', 'in_use', NULL);
-- school 5: 5 administration PCs: 100 % within cycle, no pupil or teacher device
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-074', 'pc', 5, 'administration', 'in_use', '2024-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-075', 'pc', 5, 'administration', 'in_use', '2024-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-076', 'pc', 5, 'administration', 'in_use', '2024-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-077', 'pc', 5, 'administration', 'in_use', '2024-01-01');
INSERT INTO device (inventory_number, category, school_id, user_group, status, acquired_on) VALUES ('F-078', 'pc', 5, 'administration', 'in_use', '2024-01-01');

-- Running on 2025-06-30: contract 1 (renews itself), contract 3 (2025-01-01 .. 2027-12-31).
-- Contract 2 ended 2022-12-31, contract 4 begins 2026. Schools covered by a running
-- contract: 1 (two), 2, 3; not 4 and 5.
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal) VALUES (1, 'SV-1', 'Systemhaus Münsterland', 1, '2020-01-01', 12, 12, 3, 1);
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal) VALUES (2, 'SV-2', 'IT-Service Dülmen', 2, '2021-01-01', 24, 12, 3, 0);
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal) VALUES (3, 'SV-3', 'Kreis-IT', 1, '2025-01-01', 36, 12, 3, 0);
INSERT INTO support_contract (id, contract_number, vendor, authority_id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal) VALUES (4, 'SV-4', 'Baumberge IT', 3, '2026-01-01', 12, 12, 3, 1);
INSERT INTO contract_school (contract_id, school_id) VALUES (1, 1);
INSERT INTO contract_school (contract_id, school_id) VALUES (1, 2);
INSERT INTO contract_school (contract_id, school_id) VALUES (2, 3);
INSERT INTO contract_school (contract_id, school_id) VALUES (3, 1);
INSERT INTO contract_school (contract_id, school_id) VALUES (3, 3);
INSERT INTO contract_school (contract_id, school_id) VALUES (4, 5);

-- Products by authorities: IServ 3 (1, 2, 3; four systems, 2.100,00 EUR), Moodle 3 (1, 2, 4),
-- Securepoint 2 (3, 4), Sophos XGS 2 (1, 2; written two ways), Jamf School 2 (1, 3),
-- Relution 1 (2; licence ended 2024-12-31), Logineo NRW LMS 1 (3).
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (1, 1, NULL, 'firewall', 'Sophos XGS', 'Sophos', '20.0', '2027-03-31', 240000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (2, 1, NULL, 'mdm', 'Jamf School', 'Jamf', NULL, '2026-07-31', 120000, 'own_staff');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (3, 1, 1, 'school_server', 'IServ', 'IServ GmbH', '3', '2026-12-31', 50000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (4, 1, 2, 'school_server', 'IServ', 'IServ GmbH', '3', '2026-12-31', 70000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (5, 1, NULL, 'learning_platform', 'Moodle', 'Moodle HQ', '4.3', NULL, NULL, 'county');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (6, 2, NULL, 'firewall', ' sophos xgs ', 'Sophos', '19.5', '2025-09-30', 180000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (7, 2, NULL, 'mdm', 'Relution', 'Relution', NULL, '2024-12-31', 30000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (8, 2, NULL, 'learning_platform', 'Moodle', 'Moodle HQ', '4.1', NULL, NULL, 'county');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (9, 2, NULL, 'school_server', 'IServ', 'IServ GmbH', '3', '2025-12-31', 90000, 'own_staff');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (10, 3, NULL, 'firewall', 'Securepoint', 'Securepoint', '12', NULL, 60000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (11, 3, 5, 'mdm', 'Jamf School', 'Jamf', NULL, NULL, 45000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (12, 3, NULL, 'learning_platform', 'Logineo NRW LMS', 'Land NRW', NULL, NULL, 0, 'county');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (13, 3, NULL, 'school_server', 'IServ', 'IServ GmbH', '3', NULL, NULL, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (14, 4, NULL, 'firewall', 'Securepoint', 'Securepoint', '12', NULL, 55000, 'vendor');
INSERT INTO system (id, authority_id, school_id, category, product, vendor, version, licence_end, annual_cost_cents, operated_by) VALUES (15, 4, NULL, 'learning_platform', 'Moodle', 'Moodle HQ', '4.3', NULL, NULL, 'own_staff');

-- The standards, with what each gives on 2025-06-30 (met / not met / no data):
-- 1 broadband >= 1000: 1, 5 met; 2, 4 not; 3 no data.
-- 2 WLAN >= 90 for types 10, 20, 30: 2, 5 not; 3 no data; 1, 4 not applicable.
-- 3 pupils per device <= 4 for type 02: 1 met (4.0); 4 no data.
-- 4 pupils per device <= 2.5 for 10, 20, 30: 2, 3, 5 not; 6 + 4 + 12 = 22 devices missing.
-- 5 teachers per teacher device <= 1: 1, 3 met; 2, 5 not (9 + 5 = 14 missing); 4 no data.
-- 6 within cycle >= 80 %: 5 met; 1 (10/14), 2 (20/32) not (2 + 6 = 8 to replace); 3, 4 no data.
-- 7 support contracts >= 1: 1, 2, 3 met; 4, 5 not.
-- 8 MDM >= 1: 1, 2, 5 met; 3, 4 not (the Relution licence ended).
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (1, 'Breitband 1 Gbit/s', 'infrastructure', 'broadband_mbits', 'at_least', 1000, NULL);
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (2, 'WLAN weiterführend', 'infrastructure', 'wlan_coverage_percent', 'at_least', 90, '10,20,30');
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (3, 'Endgeräte Grundschule', 'equipment', 'pupils_per_device', 'at_most', 4, '02');
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (4, 'Endgeräte weiterführend', 'equipment', 'pupils_per_device', 'at_most', 2.5, '10,20,30');
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (5, 'Dienstgeräte Lehrkräfte', 'equipment', 'teachers_per_device', 'at_most', 1, '');
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (6, 'Austauschzyklus', 'equipment', 'devices_within_cycle_percent', 'at_least', 80, NULL);
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (7, 'Supportvertrag', 'support', 'support_contracts', 'at_least', 1, NULL);
INSERT INTO minimum_standard (id, name, area, measure, comparison, threshold, school_types) VALUES (8, 'Mobile Geräteverwaltung', 'support', 'mdm_systems', 'at_least', 1, NULL);

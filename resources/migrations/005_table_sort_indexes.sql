-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 5: indexes that let the device table sort by any column without reading
-- all 100,000 rows (the table pages with ORDER BY column, id; an index on the column gives
-- that order directly). Inventory number, category, status, school and acquisition date
-- are indexed already.

CREATE INDEX idx_device_manufacturer ON device(manufacturer);
CREATE INDEX idx_device_model ON device(model);
CREATE INDEX idx_device_serial ON device(serial_number);
CREATE INDEX idx_device_room ON device(room);
CREATE INDEX idx_device_user_group ON device(user_group);
CREATE INDEX idx_device_price ON device(price_cents);
CREATE INDEX idx_device_warranty ON device(warranty_end);

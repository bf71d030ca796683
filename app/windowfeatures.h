// SPDX-License-Identifier: EUPL-1.2
#pragma once

class MainWindow;

// Puts the features beyond the tables into the main window: the dashboard with its charts,
// the systems inventory and the minimum standards, import and export of every table, and
// the committee report.
namespace WindowFeatures {
void install(MainWindow &window);
}

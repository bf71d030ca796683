// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

// Options every verb and the window share.
namespace CommandOptions {
QCommandLineOption database();
QCommandLineOption language();
QCommandLineOption demo();
// The database the user chose, or the default file in the user's data folder.
QString databaseLocation(const QCommandLineParser &parser);
}

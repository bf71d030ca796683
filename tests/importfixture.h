// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class Database;

// What the import tests start from: two authorities, three schools (two with the same
// name), a funding program and a support contract, written through RecordStore. And small
// helpers to write CSV files and to compare a database before and after.
namespace ImportFixture {
struct Ids
{
    qint64 county = 0;   // Kreis Coesfeld, Träger number 10595
    qint64 town = 0;     // Stadt Dülmen, Träger number 14000
    qint64 gymnasium = 0; // 194905, Kreis Coesfeld
    qint64 marketA = 0;   // 109901 "Grundschule am Markt", Stadt Dülmen
    qint64 marketB = 0;   // 109902 "Grundschule am Markt", Stadt Dülmen
    qint64 program = 0;   // DigitalPakt Schule
    qint64 contract = 0;  // SV-2024-001, Kreis Coesfeld
};

// Fails the running test (QVERIFY) and returns empty ids when a record cannot be written.
Ids load(Database &database);
// Writes text as UTF-8 (with BOM when asked) into `folder`/`name`; returns the path.
QString writeFile(const QString &folder, const QString &name, const QByteArray &bytes);
QByteArray devicesHeader();
// A valid device row: "INV-<n>;Notebook;...;194905;...".
QByteArray deviceRow(int n);
// Every row of a table as text, ordered by id; for before/after comparisons.
QStringList dump(Database &database, const QString &table);
// The database file and its write-ahead log, byte for byte.
QByteArray fileState(const QString &databasePath);
}

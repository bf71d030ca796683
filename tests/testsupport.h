// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// What many tests need: a fresh database in a temporary folder, German translations, and
// a way to compare a file byte for byte before and after.
namespace TestSupport {

// Installs the German translations and locale, as the program does at start.
void useGerman();

class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_database;
};

QByteArray fileBytes(const QString &path);
QString dataFile(const QString &name);
// Runs a query and returns the first column of the first row.
QVariant scalar(Database &db, const QString &sql);

} // namespace TestSupport

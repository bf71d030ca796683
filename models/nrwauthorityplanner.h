// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "importrow.h"

#include <QDate>
#include <QList>
#include <QString>

class ImportWriter;
class ReferenceResolver;

// Authorities the NRW school list names only by a Träger number nobody has entered yet.
// While the rows are checked each unknown number gets a provisional authority (a negative
// id the resolver knows); when writing, only those a written school refers to are created,
// named after the number and the town, kind "other", cooperation "not yet", with a note
// asking for review, and the schools get their real ids.
class NrwAuthorityPlanner
{
public:
    explicit NrwAuthorityPlanner(ReferenceResolver &references);

    void ensure(const QString &traegerNumber, const QString &town);

    DatabaseError write(ImportWriter &writer, QList<ImportRow> &rows, int authorityField,
                        const QDate &today, qint64 *created);

private:
    struct Planned
    {
        qint64 id = 0;
        QString name;
        QString traegerNumber;
    };

    ReferenceResolver &m_references;
    QList<Planned> m_planned;
};

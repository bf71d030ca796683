// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "entityspec.h"

#include <QDate>
#include <QStringList>

// The official list of all NRW schools (Schulgrunddaten NRW, open data of the school
// ministry): recognised by its header and turned into school records. Columns are found
// by name, because newer files add columns (Bezirksregierung). The three name lines become
// the school's name, the Schulform key its school type, the Träger number links the
// school authority. Rows of school offices (Schulform 0A: ministry, Bezirksregierung,
// Schulamt) are no schools and are skipped.
class NrwSchoolList
{
public:
    enum class Skip { None, OutsideRegion, NotASchool };

    static bool matches(const QStringList &header);
    explicit NrwSchoolList(const QStringList &header);

    // The school fields the list fills, in the order of cells().
    static QStringList fields();
    // Mapping of cells() to the school entity, with the list's own column names as headers.
    ColumnMapping mapping(const EntitySpec &school) const;

    Skip skip(const QStringList &record, const QString &regionPrefix) const;
    QStringList cells(const QStringList &record) const;
    QString traegerNumber(const QStringList &record) const;
    QString town(const QStringList &record) const;

    // An authority the list names only by its Träger number: created for review.
    static QString reviewAuthorityName(const QString &traegerNumber, const QString &town);
    static QString reviewNote(const QDate &date);

private:
    QString cell(const QStringList &record, int column) const;

    int m_number = -1;
    int m_type = -1;
    int m_name[3] = {-1, -1, -1};
    int m_postalCode = -1;
    int m_town = -1;
    int m_street = -1;
    int m_traeger = -1;
    int m_municipality = -1; // Gemeindeschluessel
};

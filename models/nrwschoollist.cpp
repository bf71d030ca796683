// SPDX-License-Identifier: EUPL-1.2
#include "nrwschoollist.h"

#include "headermatcher.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
int columnOf(const QStringList &header, const char *name)
{
    const QString wanted = HeaderMatcher::normalize(QString::fromUtf8(name));
    for (int i = 0; i < header.size(); ++i) {
        if (HeaderMatcher::normalize(header.at(i)) == wanted)
            return i;
    }
    return -1;
}

// Schulform 0A: the ministry, the Bezirksregierungen and the Schulämter are in the list too.
const QLatin1String schoolOfficeType("0A");
} // namespace

bool NrwSchoolList::matches(const QStringList &header)
{
    for (const char *name : {"Schulnummer", "Schulform", "Schulbezeichnung_1", "Traegernummer", "Gemeindeschluessel"}) {
        if (columnOf(header, name) < 0)
            return false;
    }
    return true;
}

NrwSchoolList::NrwSchoolList(const QStringList &header)
    : m_number(columnOf(header, "Schulnummer"))
    , m_type(columnOf(header, "Schulform"))
    , m_name{columnOf(header, "Schulbezeichnung_1"), columnOf(header, "Schulbezeichnung_2"),
             columnOf(header, "Schulbezeichnung_3")}
    , m_postalCode(columnOf(header, "PLZ"))
    , m_town(columnOf(header, "Ort"))
    , m_street(columnOf(header, "Strasse"))
    , m_traeger(columnOf(header, "Traegernummer"))
    , m_municipality(columnOf(header, "Gemeindeschluessel"))
{
}

QStringList NrwSchoolList::fields()
{
    return {QStringLiteral("school_number"), QStringLiteral("name"), QStringLiteral("school_type"),
            QStringLiteral("authority_id"), QStringLiteral("street"), QStringLiteral("postal_code"),
            QStringLiteral("city")};
}

ColumnMapping NrwSchoolList::mapping(const EntitySpec &school) const
{
    ColumnMapping mapping;
    mapping.headers = QStringList{QStringLiteral("Schulnummer"), QStringLiteral("Schulbezeichnung_1"),
                                  QStringLiteral("Schulform"), QStringLiteral("Traegernummer"),
                                  QStringLiteral("Strasse"), QStringLiteral("PLZ"), QStringLiteral("Ort")};
    for (const QString &column : fields())
        mapping.fieldIndex << school.fieldIndex(column);
    return mapping;
}

QString NrwSchoolList::cell(const QStringList &record, int column) const
{
    return column < 0 ? QString() : record.value(column).trimmed();
}

NrwSchoolList::Skip NrwSchoolList::skip(const QStringList &record, const QString &regionPrefix) const
{
    if (!regionPrefix.isEmpty() && !cell(record, m_municipality).startsWith(regionPrefix))
        return Skip::OutsideRegion;
    if (cell(record, m_type).compare(schoolOfficeType, Qt::CaseInsensitive) == 0)
        return Skip::NotASchool;
    return Skip::None;
}

QStringList NrwSchoolList::cells(const QStringList &record) const
{
    QStringList nameLines;
    for (int column : m_name) {
        const QString line = cell(record, column);
        if (!line.isEmpty())
            nameLines << line;
    }
    return {cell(record, m_number), nameLines.join(QLatin1Char(' ')), cell(record, m_type),
            traegerNumber(record), cell(record, m_street), cell(record, m_postalCode), town(record)};
}

QString NrwSchoolList::traegerNumber(const QStringList &record) const
{
    return cell(record, m_traeger);
}

QString NrwSchoolList::town(const QStringList &record) const
{
    return cell(record, m_town);
}

QString NrwSchoolList::reviewAuthorityName(const QString &traegerNumber, const QString &town)
{
    if (town.isEmpty())
        return QCoreApplication::translate("NrwSchoolList", "Authority %1 (to be checked)").arg(traegerNumber);
    return QCoreApplication::translate("NrwSchoolList", "Authority %1 (%2, to be checked)").arg(traegerNumber, town);
}

QString NrwSchoolList::reviewNote(const QDate &date)
{
    return QCoreApplication::translate("NrwSchoolList",
        "Created on %1 by the import of the NRW school list for an unknown Träger number. "
        "Please check the name and the kind. If its schools belong to an existing authority, give them "
        "that authority in the table of schools (filtered by this one) and then delete this entry.")
        .arg(date.toString(QStringLiteral("dd.MM.yyyy")));
}

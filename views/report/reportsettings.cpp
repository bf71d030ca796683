// SPDX-License-Identifier: EUPL-1.2
#include "reportsettings.h"

#include "filterchoices.h"

#include <QSettings>

namespace {
const QString Committee = QStringLiteral("report/committee");
const QString MeetingDate = QStringLiteral("report/meetingDate");
const QString AgendaItem = QStringLiteral("report/agendaItem");
const QString Office = QStringLiteral("report/office");
const QString DataDate = QStringLiteral("report/dataDate");
const QString Authorities = QStringLiteral("report/authorities");
const QString ContractMonths = QStringLiteral("report/contractMonths");
const QString OmittedSections = QStringLiteral("report/omittedSections");

QDate isoDate(const QSettings &settings, const QString &key)
{
    return QDate::fromString(settings.value(key).toString(), Qt::ISODate);
}
} // namespace

namespace ReportSettings {

ReportOptions load(const QSettings &settings, const FilterChoices &choices)
{
    ReportOptions options;
    options.title.committee = settings.value(Committee).toString();
    options.title.meetingDate = isoDate(settings, MeetingDate);
    options.title.agendaItem = settings.value(AgendaItem).toString();
    options.title.office = settings.value(Office).toString();
    options.title.dataDate = isoDate(settings, DataDate);
    if (!options.title.dataDate.isValid())
        options.title.dataDate = QDate::currentDate();
    const QStringList names = settings.value(Authorities).toStringList();
    for (const QString &name : names) {
        if (const qint64 id = choices.authorityId(name))
            options.authorityIds << id;
    }
    bool ok = false;
    const int months = settings.value(ContractMonths, ReportOptions::DefaultContractMonths).toInt(&ok);
    options.contractMonths = ok ? qBound(1, months, ReportOptions::MaxContractMonths)
                                : ReportOptions::DefaultContractMonths;
    options.omittedSections = settings.value(OmittedSections).toStringList();
    return options;
}

void save(QSettings &settings, const ReportOptions &options, const FilterChoices &choices)
{
    settings.setValue(Committee, options.title.committee);
    settings.setValue(MeetingDate, options.title.meetingDate.toString(Qt::ISODate));
    settings.setValue(AgendaItem, options.title.agendaItem);
    settings.setValue(Office, options.title.office);
    settings.setValue(DataDate, options.title.dataDate.toString(Qt::ISODate));
    QStringList names;
    for (const FilterChoices::Authority &authority : choices.authorities) {
        if (options.authorityIds.contains(authority.id))
            names << authority.name;
    }
    settings.setValue(Authorities, names);
    settings.setValue(ContractMonths, options.contractMonths);
    settings.setValue(OmittedSections, options.omittedSections);
}

} // namespace ReportSettings

// SPDX-License-Identifier: EUPL-1.2
#include "statisticsfilterbar.h"

#include "changenotifier.h"
#include "checklistbutton.h"
#include "database.h"
#include "enumcatalog.h"
#include "filterchoices.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

StatisticsFilterBar::StatisticsFilterBar(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_authorities = new CheckListButton(tr("All school authorities"));
    m_schoolTypes = new CheckListButton(tr("All school types"));
    m_year = new QComboBox;
    m_year->setToolTip(tr("Show the state at the end of this year: devices acquired by then, "
                          "ages and deadlines counted from 31 December."));
    auto *reset = new QPushButton(tr("&Reset filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *authorityLabel = new QLabel(tr("School &authorities:"));
    authorityLabel->setBuddy(m_authorities);
    auto *typeLabel = new QLabel(tr("School &types:"));
    typeLabel->setBuddy(m_schoolTypes);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    layout->addWidget(authorityLabel);
    layout->addWidget(m_authorities);
    layout->addSpacing(12);
    layout->addWidget(typeLabel);
    layout->addWidget(m_schoolTypes);
    layout->addSpacing(12);
    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    layout->addSpacing(12);
    layout->addWidget(reset);
    layout->addStretch();

    connect(m_authorities, &CheckListButton::checkedKeysChanged, this, &StatisticsFilterBar::emitChanged);
    connect(m_schoolTypes, &CheckListButton::checkedKeysChanged, this, &StatisticsFilterBar::emitChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &StatisticsFilterBar::emitChanged);
    connect(reset, &QPushButton::clicked, this, [this] { setFilter({}); });
    if (ChangeNotifier *notifier = m_database.notifier()) {
        connect(notifier, &ChangeNotifier::tableChanged, this, [this](const QString &table) {
            if (table == QLatin1String("authority") || table == QLatin1String("school")
                || table == QLatin1String("device"))
                reloadChoices();
        });
    }
    reloadChoices();
}

StatisticsFilter StatisticsFilterBar::filter() const
{
    StatisticsFilter result;
    for (const QString &key : m_authorities->checkedKeys())
        result.authorityIds << key.toLongLong();
    result.schoolTypes = m_schoolTypes->checkedKeys();
    result.year = m_year->currentData().toInt();
    return result;
}

void StatisticsFilterBar::setFilter(const StatisticsFilter &filter)
{
    m_updating = true;
    QStringList ids;
    for (const qint64 id : filter.authorityIds)
        ids << QString::number(id);
    m_authorities->setCheckedKeys(ids);
    m_schoolTypes->setCheckedKeys(filter.schoolTypes);
    int yearIndex = m_year->findData(filter.year);
    if (yearIndex < 0 && filter.year > 0) {
        m_year->addItem(QString::number(filter.year), filter.year);
        yearIndex = m_year->count() - 1;
    }
    m_year->setCurrentIndex(std::max(0, yearIndex));
    m_updating = false;
    emitChanged();
}

void StatisticsFilterBar::reloadChoices()
{
    FilterChoices choices;
    if (FilterChoices::load(m_database, choices))
        return; // the tables show the database error; the filter keeps what it offered
    m_updating = true;
    QList<QPair<QString, QString>> authorities;
    for (const FilterChoices::Authority &authority : std::as_const(choices.authorities))
        authorities.append({QString::number(authority.id), authority.name});
    m_authorities->setEntries(authorities);
    QList<QPair<QString, QString>> types;
    for (const QString &code : std::as_const(choices.schoolTypes))
        types.append({code, EnumCatalog::label(EnumKind::SchoolType, code)});
    m_schoolTypes->setEntries(types);

    const int chosenYear = m_year->currentData().toInt();
    m_year->clear();
    m_year->addItem(tr("Today"), 0);
    const int lastYear = std::max(choices.lastYear, QDate::currentDate().year());
    if (choices.firstYear > 0) {
        for (int year = lastYear; year >= choices.firstYear; --year)
            m_year->addItem(tr("End of %1").arg(year), year);
    }
    const int index = m_year->findData(chosenYear);
    m_year->setCurrentIndex(std::max(0, index));
    m_updating = false;
    emitChanged();
}

void StatisticsFilterBar::emitChanged()
{
    if (m_updating)
        return;
    const StatisticsFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit filterChanged(current);
}

// SPDX-License-Identifier: EUPL-1.2
// What the report dialog remembers: the title block, the scope by authority names, the
// months ahead and the sections left out.
#include "filterchoices.h"
#include "reportsettings.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestReportSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static FilterChoices choices(const QList<FilterChoices::Authority> &authorities)
    {
        FilterChoices result;
        result.authorities = authorities;
        return result;
    }

private slots:
    void roundTrip()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("round.ini")), QSettings::IniFormat);
        const FilterChoices here = choices({{1, QStringLiteral("Kreis Coesfeld")}, {2, QStringLiteral("Stadt Dülmen")},
                                            {3, QStringLiteral("Gemeinde Rosendahl")}});
        ReportOptions options;
        options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
        options.title.meetingDate = QDate(2025, 9, 24);
        options.title.agendaItem = QStringLiteral("TOP 5");
        options.title.office = QStringLiteral("Koordinierungsstelle");
        options.title.dataDate = QDate(2025, 6, 15);
        options.authorityIds = {3, 2};
        options.contractMonths = 9;
        options.omittedSections = {QStringLiteral("funding")};
        ReportSettings::save(settings, options, here);

        const ReportOptions loaded = ReportSettings::load(settings, here);
        QCOMPARE(loaded.title.committee, options.title.committee);
        QCOMPARE(loaded.title.meetingDate, options.title.meetingDate);
        QCOMPARE(loaded.title.agendaItem, options.title.agendaItem);
        QCOMPARE(loaded.title.office, options.title.office);
        QCOMPARE(loaded.title.dataDate, options.title.dataDate);
        QCOMPARE(loaded.authorityIds, QList<qint64>({2, 3})); // in the order of the names
        QCOMPARE(loaded.contractMonths, 9);
        QCOMPARE(loaded.omittedSections, QStringList{QStringLiteral("funding")});

        // Another database: the same names under other ids; names it lacks are dropped.
        const FilterChoices there = choices({{7, QStringLiteral("Stadt Dülmen")}, {8, QStringLiteral("Stadt Olfen")}});
        QCOMPARE(ReportSettings::load(settings, there).authorityIds, QList<qint64>{7});
    }

    void defaults()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const ReportOptions loaded = ReportSettings::load(settings, FilterChoices());
        QVERIFY(loaded.title.committee.isEmpty());
        QVERIFY(!loaded.title.meetingDate.isValid());
        QCOMPARE(loaded.title.dataDate, QDate::currentDate());
        QVERIFY(loaded.authorityIds.isEmpty());
        QCOMPARE(loaded.contractMonths, ReportOptions::DefaultContractMonths);

        settings.setValue(QStringLiteral("report/contractMonths"), 999);
        QCOMPARE(ReportSettings::load(settings, FilterChoices()).contractMonths, ReportOptions::MaxContractMonths);
        settings.setValue(QStringLiteral("report/contractMonths"), QStringLiteral("six"));
        QCOMPARE(ReportSettings::load(settings, FilterChoices()).contractMonths, ReportOptions::DefaultContractMonths);
    }
};

QTEST_GUILESS_MAIN(TestReportSettings)
#include "tst_reportsettings.moc"

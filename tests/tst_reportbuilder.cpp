// SPDX-License-Identifier: EUPL-1.2
// The committee report's content (ReportBuilder and its sections) against the hand-computed
// figures of tests/data/statistics_fixture.sql (today 2025-06-15), in German formats.
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportequipmentsection.h"
#include "reportformat.h"
#include "reportfundingsection.h"
#include "reportoptions.h"
#include "reportreading.h"
#include "reportsections.h"
#include "statisticsfixture.h"
#include "statisticsservice.h"
#include "testsupport.h"

#include <QtTest>

using namespace StatisticsFixture;
using namespace ReportReading;

class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    // The sections of this issue; sections added later (systems, standards) have tests of their own.
    static ReportOptions baseOptions()
    {
        return ReportReading::onlySections({QStringLiteral("key-figures"), QStringLiteral("equipment"),
                                            QStringLiteral("funding"), QStringLiteral("support")});
    }

    static ReportDocument build(Database &database, const ReportOptions &options = baseOptions())
    {
        return ReportReading::build(database, options, today());
    }

    static QStringList headings(const ReportDocument &document)
    {
        QStringList result;
        for (const ReportDocument::Block &block : document.blocks()) {
            if (block.kind == ReportDocument::Block::Kind::Heading && block.level == 1)
                result << block.number;
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        TestSupport::useGerman();
    }

    void formats()
    {
        QCOMPARE(ReportFormat::date(QDate(2025, 12, 31)), QStringLiteral("31.12.2025"));
        QCOMPARE(ReportFormat::date(QDate(2025, 1, 5)), QStringLiteral("05.01.2025"));
        QCOMPARE(ReportFormat::money(123456), QStringLiteral("1.234,56 €"));
        QCOMPARE(ReportFormat::amount(-123456789), QStringLiteral("-1.234.567,89"));
        QCOMPARE(ReportFormat::count(1540), QStringLiteral("1.540"));
        QCOMPARE(ReportFormat::percent(89.2), QStringLiteral("89,2 %"));
        QCOMPARE(ReportFormat::ratio(1540.0 / 13), QStringLiteral("118,5"));
        QCOMPARE(ReportFormat::ratio(std::nullopt), ReportFormat::dash());
    }

    void titleBlock()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportOptions options = baseOptions();
        options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
        options.title.meetingDate = QDate(2025, 9, 24);
        options.title.agendaItem = QStringLiteral("TOP 5");
        const ReportDocument document = build(temp.db(), options);
        // The data date is the day the statistics count as today.
        QCOMPARE(document.title.dataDate, today());
        QCOMPARE(document.heading, ReportBuilder::heading());
        const auto rows = document.titleRows();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).second, QStringLiteral("Ausschuss für Bildung und Schule"));
        QCOMPARE(rows.at(1).second, QStringLiteral("24.09.2025"));
        QCOMPARE(rows.at(2).second, QStringLiteral("TOP 5"));
        QCOMPARE(rows.at(3).second, document.scope);
        QCOMPARE(rows.at(4).second, QStringLiteral("15.06.2025"));
        QVERIFY(document.runningTitle().contains(QStringLiteral("Ausschuss für Bildung und Schule, 24.09.2025")));
        QVERIFY(document.dataLine().contains(QStringLiteral("15.06.2025")));

        // Without committee and meeting date their lines are left out.
        const ReportDocument bare = build(temp.db());
        QCOMPARE(bare.titleRows().size(), 2);
        QCOMPARE(bare.runningTitle(), ReportBuilder::heading());
    }

    void keyFigures()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const ReportDocument document = build(temp.db());
        QCOMPARE(headings(document), QStringList({"1", "2", "3", "4"}));
        const ReportTable figures = tables(document).at(0);
        QCOMPARE(column(figures, 1),
                 QStringList({"5", "1.540", "22", "13", "118,5", "8", "1.850.000,00 €", "1.650.000,00 €",
                              "1.100.000,00 €", "998.500,50 €", "4", "3"}));
        // 1540 / 13 pupils per device is far above the target of 3.
        QVERIFY(figures.rows().at(4).cells.at(1).flags & ReportTable::Marked);
        QVERIFY(figures.rows().at(5).cells.at(2).text.contains(QStringLiteral("40,0 %")));
        QVERIFY(figures.rows().at(5).cells.at(2).text.contains(QStringLiteral("20")));
        QVERIFY(figures.rows().at(7).cells.at(2).text.contains(QStringLiteral("89,2 %")));
        QVERIFY(figures.rows().at(8).cells.at(2).text.contains(QStringLiteral("59,5 %")));
        QVERIFY(figures.rows().at(9).cells.at(2).text.contains(QStringLiteral("54,0 %")));
        QVERIFY(figures.rows().at(10).cells.at(2).text.contains(QStringLiteral("24.500,49 €")));
        // SV-001 (30.06.2025), SV-005 (31.08.2025), SV-002 (30.11.2025) fall within 6 months.
        QVERIFY(figures.rows().at(11).cells.at(1).flags & ReportTable::Marked);
        QVERIFY(figures.rows().at(11).cells.at(2).text.contains(QStringLiteral("30.06.2025")));
    }

    void contractMonths_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QStringList>("contracts");
        QTest::newRow("6 months: until 15.12.2025") << 6 << QStringList({"SV-001", "SV-005", "SV-002"});
        QTest::newRow("2 months: until 15.08.2025") << 2 << QStringList({"SV-001"});
        QTest::newRow("3 months: until 15.09.2025") << 3 << QStringList({"SV-001", "SV-005"});
    }

    void contractMonths()
    {
        QFETCH(int, months);
        QFETCH(QStringList, contracts);
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportOptions options = baseOptions();
        options.contractMonths = months;
        const QList<ReportTable> all = tables(build(temp.db(), options));
        QCOMPARE(all.at(0).rows().at(11).cells.at(1).text, QString::number(contracts.size()));
        const ReportTable due = all.at(9);
        QCOMPARE(column(due, 0), contracts);
        // Within the 90 days of the office's warning: marked; SV-002 (168 days) not.
        for (int r = 0; r < due.rowCount(); ++r)
            QCOMPARE(bool(due.rows().at(r).cells.at(3).flags & ReportTable::Marked), contracts.at(r) != "SV-002");
    }

    void equipment()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const QList<ReportTable> all = tables(build(temp.db()));
        QCOMPARE(all.size(), 12);
        // Ten categories: six in the first part, four and the total in the second.
        const ReportTable first = all.at(1);
        const ReportTable second = all.at(2);
        QCOMPARE(first.columnCount(), 1 + ReportEquipmentSection::MaxCategoryColumns);
        QCOMPARE(second.columnCount(), 1 + 4 + 1);
        QCOMPARE(row(first, 1), QStringList({"Kreis Coesfeld", "3", "3", "3", "1", "0", "1"}));
        QCOMPARE(row(second, 1), QStringList({"Kreis Coesfeld", "1", "1", "1", "0", "14"}));
        QCOMPARE(row(second, 0), QStringList({"Gemeinde Rosendahl", "0", "0", "0", "0", "0"}));
        QCOMPARE(second.rows().last().kind, ReportTable::RowKind::Total);
        QCOMPARE(second.rows().last().cells.last().text, QStringLiteral("22"));

        const ReportTable pupils = all.at(3);
        QCOMPARE(row(pupils, 0), QStringList({"Gemeinde Rosendahl", "1", "150", "0", ReportFormat::dash()}));
        QCOMPARE(row(pupils, 1), QStringList({"Kreis Coesfeld", "2", "1.000", "8", "125,0"}));
        QCOMPARE(row(pupils, 2), QStringList({"Stadt Dülmen", "2", "390", "5", "78,0"}));
        QCOMPARE(row(pupils, 3), QStringList({ReportEquipmentSection::tr("Total"), "5", "1.540", "13", "118,5"}));

        const ReportTable schools = all.at(4);
        QCOMPARE(column(schools, 0), QStringList({"Berufskolleg West", "Realschule Dülmen", "Gymnasium Nord",
                                                  "Grundschule Am Markt", "Grundschule Rosendahl"}));
        QCOMPARE(column(schools, 4), QStringList({"200,0", "150,0", "100,0", "30,0", ReportFormat::dash()}));

        const ReportTable cycle = all.at(6);
        QCOMPARE(row(cycle, 1), QStringList({"Kreis Coesfeld", "14", "12", "6", "50,0 %"}));
        QCOMPARE(row(cycle, 2), QStringList({"Stadt Dülmen", "8", "8", "2", "25,0 %"}));
        QCOMPARE(row(cycle, 3).mid(1), QStringList({"22", "20", "8", "40,0 %"}));
    }

    void funding()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const QList<ReportTable> all = tables(build(temp.db()));
        const ReportTable amounts = all.at(7);
        QCOMPARE(column(amounts, 0), QStringList({"DigitalPakt Schule", "Gemeinde Rosendahl", "Kreis Coesfeld",
                                                  "Stadt Dülmen", ReportFundingSection::tr("Program total"),
                                                  "Sofortausstattungsprogramm", "Kreis Coesfeld", "Stadt Dülmen",
                                                  ReportFundingSection::tr("Program total"),
                                                  ReportFundingSection::tr("Total of all programs")}));
        QCOMPARE(amounts.rows().at(0).kind, ReportTable::RowKind::Group);
        QCOMPARE(row(amounts, 4).mid(1), QStringList({"1.600.000,00", "1.400.000,00", "850.000,00",
                                                      "750.000,00", "850.000,00"}));
        QCOMPARE(row(amounts, 9).mid(1), QStringList({"1.850.000,00", "1.650.000,00", "1.100.000,00",
                                                      "998.500,50", "851.499,50"}));

        // DigitalPakt: spending by 31.12.2025 is next (marked), proof of use 30.06.2026 after it;
        // Sofortausstattung: both deadlines of 2021 have passed.
        const ReportTable deadlines = all.at(8);
        QCOMPARE(deadlines.rows().at(0).cells.at(1).text, QStringLiteral("31.12.2025"));
        QVERIFY(deadlines.rows().at(0).cells.at(1).flags & ReportTable::Marked);
        QCOMPARE(deadlines.rows().at(0).cells.at(2).text, QStringLiteral("30.06.2026"));
        QCOMPARE(deadlines.rows().at(0).cells.at(2).flags, int(ReportTable::Plain));
        QVERIFY(deadlines.rows().at(0).cells.at(3).text.contains(QStringLiteral("199")));
        QVERIFY(deadlines.rows().at(1).cells.at(1).flags & ReportTable::Muted);
        QVERIFY(deadlines.rows().at(1).cells.at(2).flags & ReportTable::Muted);
        QCOMPARE(deadlines.rows().at(1).cells.at(3).text, ReportFormat::dash());
        QCOMPARE(ReportFundingSection::nextDeadline(QDate(2025, 12, 31), QDate(2026, 6, 30), QDate(2026, 1, 1)),
                 QDate(2026, 6, 30));
        QCOMPARE(ReportFundingSection::nextDeadline(QDate(2025, 12, 31), QDate(), QDate(2025, 12, 31)),
                 QDate(2025, 12, 31));
    }

    void support()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        const QList<ReportTable> all = tables(build(temp.db()));
        const ReportTable due = all.at(9);
        QCOMPARE(row(due, 0), QStringList({"SV-001", "NetCom GmbH", "Kreis Coesfeld", "30.06.2025", "31.12.2025",
                                           "15", "12.000,00 €"}));
        const ReportTable vendors = all.at(10);
        QCOMPARE(column(vendors, 0).mid(0, 3),
                 QStringList({"NetCom GmbH", "Schul-IT Service AG", "Druckerdienst Müller"}));
        QCOMPARE(column(vendors, 2), QStringList({"15.000,00 €", "8.500,50 €", "999,99 €", "24.500,49 €"}));
        QCOMPARE(column(all.at(11), 2), QStringList({"12.999,99 €", "11.500,50 €", "24.500,49 €"}));
    }

    void scopeOfOneAuthority()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportOptions options = baseOptions();
        options.authorityIds = {StadtDuelmen};
        const ReportDocument document = build(temp.db(), options);
        QCOMPARE(document.scope, QStringLiteral("Stadt Dülmen"));
        const QString text = document.plainText();
        QVERIFY(text.contains(QStringLiteral("Realschule Dülmen")));
        QVERIFY(text.contains(QStringLiteral("SV-002")));
        for (const char *other : {"Kreis Coesfeld", "Gemeinde Rosendahl", "Gymnasium Nord", "Berufskolleg West",
                                  "Grundschule Rosendahl", "Druckerdienst Müller", "SV-001", "SV-005"})
            QVERIFY2(!text.contains(QString::fromUtf8(other)), other);
        const ReportTable figures = tables(document).at(0);
        QCOMPARE(column(figures, 1).mid(0, 7), QStringList({"2", "390", "8", "5", "78,0", "2", "550.000,00 €"}));
        QVERIFY(figures.rows().at(7).cells.at(2).text.contains(QStringLiteral("100,0 %")));
    }

    void omittedSection()
    {
        TestSupport::TempDatabase temp;
        QVERIFY(StatisticsFixture::load(temp.db()));
        ReportOptions options = baseOptions();
        options.omittedSections << QStringLiteral("funding");
        const ReportDocument document = build(temp.db(), options);
        QCOMPARE(headings(document), QStringList({"1", "2", "3"}));
        QVERIFY(!document.chartNames().contains(QStringLiteral("funding-status")));
        QVERIFY(!document.plainText().contains(QStringLiteral("Sofortausstattungsprogramm")));
        QCOMPARE(build(temp.db()).chartNames(),
                 QStringList({"devices-by-authority", "pupils-per-device", "device-age", "funding-status",
                              "contract-deadlines", "contract-costs"}));
    }

    void emptyDatabase()
    {
        TestSupport::TempDatabase temp;
        const ReportDocument document = build(temp.db());
        QCOMPARE(headings(document), QStringList({"1", "2", "3", "4"}));
        const QList<ReportTable> all = tables(document);
        QCOMPARE(column(all.at(0), 1).mid(0, 4), QStringList({"0", "0", "0", "0"}));
        // No categories: the device table has the authority and the total only.
        QCOMPARE(all.at(1).columnCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"

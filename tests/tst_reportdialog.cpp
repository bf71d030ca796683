// SPDX-License-Identifier: EUPL-1.2
// The report dialog shows the remembered options and gives back what was entered.
#include "reportdialog.h"
#include "reportsections.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    static FilterChoices choices()
    {
        FilterChoices result;
        result.authorities = {{1, QStringLiteral("Kreis Coesfeld")}, {2, QStringLiteral("Stadt Dülmen")},
                              {3, QStringLiteral("Gemeinde Rosendahl")}};
        return result;
    }

    static ReportOptions sample()
    {
        ReportOptions options;
        options.title.committee = QStringLiteral("Ausschuss für Bildung und Schule");
        options.title.meetingDate = QDate(2025, 9, 24);
        options.title.agendaItem = QStringLiteral("TOP 5");
        options.title.office = QStringLiteral("Koordinierungsstelle");
        options.title.dataDate = QDate(2025, 6, 15);
        options.authorityIds = {2};
        options.contractMonths = 9;
        options.omittedSections = {QStringLiteral("support")};
        return options;
    }

private slots:
    void givesBackWhatItShows()
    {
        ReportDialog dialog(choices(), sample());
        const ReportOptions options = dialog.options();
        QCOMPARE(options.title.committee, sample().title.committee);
        QCOMPARE(options.title.meetingDate, QDate(2025, 9, 24));
        QCOMPARE(options.title.agendaItem, QStringLiteral("TOP 5"));
        QCOMPARE(options.title.office, QStringLiteral("Koordinierungsstelle"));
        QCOMPARE(options.title.dataDate, QDate(2025, 6, 15));
        QCOMPARE(options.authorityIds, QList<qint64>{2});
        QCOMPARE(options.contractMonths, 9);
        QCOMPARE(options.omittedSections, QStringList{QStringLiteral("support")});
    }

    void edits()
    {
        ReportDialog dialog(choices(), sample());
        // No meeting date yet; the whole county; every section.
        dialog.findChildren<QCheckBox *>().constFirst()->setChecked(false);
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios.at(0)->setChecked(true);
        const auto lists = dialog.findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 2);
        QListWidget *sections = lists.at(1);
        QCOMPARE(sections->count(), int(ReportSections::createAll().size()));
        for (int row = 0; row < sections->count(); ++row)
            sections->item(row)->setCheckState(Qt::Checked);
        dialog.findChild<QSpinBox *>()->setValue(3);

        const ReportOptions options = dialog.options();
        QVERIFY(!options.title.meetingDate.isValid());
        QVERIFY(options.authorityIds.isEmpty());
        QVERIFY(options.omittedSections.isEmpty());
        QCOMPARE(options.contractMonths, 3);

        // Ticking an authority chooses "only these" again.
        lists.at(0)->item(0)->setCheckState(Qt::Checked);
        QVERIFY(radios.at(1)->isChecked());
        QCOMPARE(dialog.options().authorityIds, QList<qint64>({1, 2}));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"

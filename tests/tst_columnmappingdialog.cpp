// SPDX-License-Identifier: EUPL-1.2
#include "columnmappingdialog.h"
#include "entitycatalog.h"
#include "headermatcher.h"
#include "importcoveredschools.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

// The mapping dialog: the guess from the header, one column per field, the preview rows.
class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void startsWithTheGuess();
    void aFieldMovesToTheLastColumnChosen();
    void showsThePreview();
    void namesMissingRequiredFields();
    void contractSchoolsColumnCanBeSkipped();

private:
    static CsvSource::Preview preview()
    {
        CsvSource::Preview preview;
        preview.header = {QStringLiteral("Inventar-Nr."), QStringLiteral("Typ"), QStringLiteral("Farbe"), QStringLiteral("Schule")};
        preview.rows = {{"A-1", "PC", "grau", "194905"}, {"A-2", "Tablet", "blau", "194905"}};
        return preview;
    }
    const EntitySpec &devices() const { return EntityCatalog::spec(EntityKind::Device); }
    int field(const char *column) const { return devices().fieldIndex(QString::fromLatin1(column)); }
};

void TestColumnMappingDialog::startsWithTheGuess()
{
    const CsvSource::Preview data = preview();
    const ColumnMapping guess = HeaderMatcher::guess(devices(), data.header);
    ColumnMappingDialog dialog(devices(), data, guess);
    QCOMPARE(dialog.mapping().fieldIndex, (QList<int>{field("inventory_number"), field("category"), -1, field("school_id")}));
    QCOMPARE(dialog.mapping().headers, data.header);
}

void TestColumnMappingDialog::aFieldMovesToTheLastColumnChosen()
{
    const CsvSource::Preview data = preview();
    ColumnMappingDialog dialog(devices(), data, HeaderMatcher::guess(devices(), data.header));
    dialog.setField(2, field("category")); // "Farbe" is the category after all
    QCOMPARE(dialog.mapping().fieldIndex, (QList<int>{field("inventory_number"), -1, field("category"), field("school_id")}));
    dialog.chooser(0)->setCurrentIndex(0); // do not import the inventory number
    QCOMPARE(dialog.mapping().fieldIndex.first(), -1);
}

void TestColumnMappingDialog::showsThePreview()
{
    const CsvSource::Preview data = preview();
    ColumnMappingDialog dialog(devices(), data, HeaderMatcher::guess(devices(), data.header));
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Farbe"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Tablet"));
    QCOMPARE(dialog.chooser(0)->count(), int(devices().fields.size()) + 1);
}

void TestColumnMappingDialog::namesMissingRequiredFields()
{
    const CsvSource::Preview data = preview();
    ColumnMappingDialog dialog(devices(), data, HeaderMatcher::guess(devices(), data.header));
    const QString status = devices().fields.at(field("status")).label();
    auto missingText = [&dialog] {
        QString text;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            text += label->text();
        return text;
    };
    QVERIFY(missingText().contains(status));
    dialog.setField(2, field("status"));
    QVERIFY(!missingText().contains(status));

    // Several missing fields are named in the plural.
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    ColumnMappingDialog wrongTable(schools, data, HeaderMatcher::guess(schools, data.header));
    QString text;
    for (const QLabel *label : wrongTable.findChildren<QLabel *>())
        text += label->text();
    QVERIFY2(text.contains(QStringLiteral("brauchen diese Felder")), qPrintable(text));
}

void TestColumnMappingDialog::contractSchoolsColumnCanBeSkipped()
{
    const EntitySpec &contracts = EntityCatalog::spec(EntityKind::SupportContract);
    CsvSource::Preview data;
    data.header = {QStringLiteral("Vertragsnummer"), QStringLiteral("Betreute Schulen")};
    data.rows = {{"SV-1", "192001, 192002"}};
    ColumnMappingDialog dialog(contracts, data, HeaderMatcher::guess(contracts, data.header));
    // Read as the covered schools unless the user says otherwise.
    QCOMPARE(dialog.chooser(1)->currentText(), QStringLiteral("Betreute Schulen (Schulnummern)"));
    QCOMPARE(ImportCoveredSchools::columnIn(contracts, dialog.mapping()), 1);
    dialog.chooser(1)->setCurrentIndex(0);
    QCOMPARE(dialog.mapping().fieldIndex.at(1), ColumnMapping::Skipped);
    QCOMPARE(ImportCoveredSchools::columnIn(contracts, dialog.mapping()), -1);
}

QTEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"

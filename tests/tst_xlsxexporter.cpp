// SPDX-License-Identifier: EUPL-1.2
#include "csvexporter.h"
#include "csvimporter.h"
#include "entitycatalog.h"
#include "exportrequest.h"
#include "exportroundtrip.h"
#include "exportrows.h"
#include "importfixture.h"
#include "testsupport.h"
#include "xlsxexporter.h"
#include "xlsxreader.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using ExportRoundTrip::Source;

// The Excel export: typed cells, bold frozen header, autofilter, widths, one sheet per
// table; and that everything in the workbook reads back into the same records.
class TestXlsxExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbookStructure();
    void typedCells();
    void roundTrip_data();
    void roundTrip();
    void sheetName_data();
    void sheetName();
    void cancelWritesNoFile();

private:
    // The workbook's sheet as the CSV export would have written it.
    // The stored fields, then `computed` more columns (a contract's covered schools) as text.
    static QByteArray asCsv(const XlsxReader::Workbook &book, int sheet, const QList<const FieldSpec *> &fields,
                            int computed = 0);

    TestSupport::TempDatabase m_demo;
    XlsxReader::Workbook m_book;
};

void TestXlsxExporter::initTestCase()
{
    TestSupport::useGerman();
    QVERIFY(ExportRoundTrip::fill(m_demo.db(), Source::DemoCounty));
    const QString path = QDir(m_demo.folder()).filePath(QStringLiteral("county.xlsx"));
    const ExportResult result = XlsxExporter::write(m_demo.db(),
        {ExportRequest::wholeTable(EntityKind::Device), ExportRequest::wholeTable(EntityKind::School),
         ExportRequest::wholeTable(EntityKind::SupportContract)}, path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_book = XlsxReader::read(path);
    QVERIFY2(m_book.error.isEmpty(), qPrintable(m_book.error));
}

void TestXlsxExporter::workbookStructure()
{
    QCOMPARE(m_book.sheets.size(), 3);
    QCOMPARE(m_book.sheets.at(0).name, EntityCatalog::spec(EntityKind::Device).plural());
    QCOMPARE(m_book.sheets.at(1).name, EntityCatalog::spec(EntityKind::School).plural());
    const XlsxReader::Sheet &devices = m_book.sheets.first();
    const int rows = TestSupport::scalar(m_demo.db(), QStringLiteral("SELECT count(*) FROM device")).toInt();
    QCOMPARE(devices.rowCount, rows + 1);
    QCOMPARE(devices.columnCount, int(EntityCatalog::spec(EntityKind::Device).fields.size()));
    for (int column = 0; column < devices.columnCount; ++column) {
        const XlsxReader::Cell header = devices.cell(0, column);
        QCOMPARE(header.value, EntityCatalog::spec(EntityKind::Device).fields.at(column).label());
        QVERIFY(m_book.styles.value(header.style).bold);
    }
    QVERIFY(!m_book.styles.value(devices.cell(1, 0).style).bold);
    QVERIFY(devices.xml.contains(QLatin1String("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    QVERIFY(devices.xml.contains(QStringLiteral("<autoFilter ref=\"A1:N%1\"/>").arg(rows + 1)));
    // Widths follow the content: the model names are wider than the price column is.
    QVERIFY(devices.xml.contains(QLatin1String("<cols>")));
    QVERIFY(!devices.xml.contains(QLatin1String("width=\"60.")));
}

void TestXlsxExporter::typedCells()
{
    const XlsxReader::Sheet &devices = m_book.sheets.at(0);
    const EntitySpec &spec = EntityCatalog::spec(EntityKind::Device);
    const int price = spec.fieldIndex(QStringLiteral("price_cents"));
    const int acquired = spec.fieldIndex(QStringLiteral("acquired_on"));
    const int inventory = spec.fieldIndex(QStringLiteral("inventory_number"));
    const QString first = devices.cell(1, inventory).value;
    QCOMPARE(devices.cell(1, inventory).type, QStringLiteral("inlineStr"));
    const qint64 cents = TestSupport::scalar(m_demo.db(), QStringLiteral("SELECT price_cents FROM device WHERE inventory_number = '%1'").arg(first)).toLongLong();
    const QDate date = TestSupport::scalar(m_demo.db(), QStringLiteral("SELECT acquired_on FROM device WHERE inventory_number = '%1'").arg(first)).toDate();
    const XlsxReader::Cell priceCell = devices.cell(1, price);
    QCOMPARE(priceCell.type, QStringLiteral("n"));
    QCOMPARE(qRound64(priceCell.value.toDouble() * 100), cents);
    QVERIFY(m_book.styles.value(priceCell.style).numberFormat.contains(QStringLiteral("€")));
    QVERIFY(m_book.styles.value(priceCell.style).numberFormat.startsWith(QLatin1String("#,##0.00")));
    const XlsxReader::Cell dateCell = devices.cell(1, acquired);
    QCOMPARE(dateCell.type, QStringLiteral("n"));
    QCOMPARE(m_book.styles.value(dateCell.style).numberFormat, QStringLiteral("dd.mm.yyyy"));
    QCOMPARE(QDate(1899, 12, 30).addDays(qint64(dateCell.value.toDouble())), date);

    const XlsxReader::Sheet &schools = m_book.sheets.at(1);
    const EntitySpec &schoolSpec = EntityCatalog::spec(EntityKind::School);
    const XlsxReader::Cell pupils = schools.cell(1, schoolSpec.fieldIndex(QStringLiteral("pupils")));
    QCOMPARE(pupils.type, QStringLiteral("n"));
    QCOMPARE(m_book.styles.value(pupils.style).numberFormat, QStringLiteral("0"));
    const XlsxReader::Sheet &contracts = m_book.sheets.at(2);
    const XlsxReader::Cell renewal = contracts.cell(1, EntityCatalog::spec(EntityKind::SupportContract).fieldIndex(QStringLiteral("auto_renewal")));
    QCOMPARE(renewal.type, QStringLiteral("b"));
    QVERIFY(renewal.value == QLatin1String("1") || renewal.value == QLatin1String("0"));
    // The schools a contract covers, by number, as text after the fields.
    const int covered = int(EntityCatalog::spec(EntityKind::SupportContract).fields.size());
    QCOMPARE(contracts.cell(0, covered).value, QStringLiteral("Betreute Schulen"));
    const QRegularExpression numbers(QStringLiteral("^\\d{6}(, \\d{6})*$"));
    int listed = 0;
    for (int row = 1; row < contracts.rowCount; ++row) {
        const XlsxReader::Cell cell = contracts.cell(row, covered);
        if (cell.value.isEmpty())
            continue;
        QVERIFY2(numbers.match(cell.value).hasMatch(), qPrintable(cell.value));
        QVERIFY(cell.type == QLatin1String("inlineStr") || cell.type == QLatin1String("s"));
        ++listed;
    }
    QVERIFY(listed > 0);
}

QByteArray TestXlsxExporter::asCsv(const XlsxReader::Workbook &book, int sheetIndex, const QList<const FieldSpec *> &fields,
                                   int computed)
{
    const XlsxReader::Sheet &sheet = book.sheets.at(sheetIndex);
    QByteArray csv;
    for (int row = 0; row < sheet.rowCount; ++row) {
        QStringList cells;
        for (int column = 0; column < fields.size() + computed; ++column) {
            const XlsxReader::Cell cell = sheet.cell(row, column);
            ExportCell exported;
            if (cell.type == QLatin1String("inlineStr") || cell.type == QLatin1String("s") || row == 0
                || column >= fields.size()) {
                exported = {ExportCell::Type::Text, cell.value};
            } else if (cell.type == QLatin1String("b")) {
                exported = {ExportCell::Type::Bool, cell.value == QLatin1String("1")};
            } else if (cell.type == QLatin1String("n") && !cell.value.isEmpty()) {
                const double number = cell.value.toDouble();
                switch (fields.at(column)->kind) {
                case FieldKind::Money:
                    exported = {ExportCell::Type::Money, qint64(std::llround(number * 100))};
                    break;
                case FieldKind::Date:
                    exported = {ExportCell::Type::Date, QDate(1899, 12, 30).addDays(qint64(number))};
                    break;
                case FieldKind::Integer:
                    exported = {ExportCell::Type::Integer, qint64(number)};
                    break;
                default:
                    exported = {ExportCell::Type::Decimal, number};
                }
            }
            cells << CsvExporter::cellText(exported);
        }
        csv += cells.join(QLatin1Char(';')).toUtf8() + "\r\n";
    }
    return "\xEF\xBB\xBF" + csv;
}

void TestXlsxExporter::roundTrip_data()
{
    QTest::addColumn<Source>("source");
    QTest::newRow("demo county") << Source::DemoCounty;
    QTest::newRow("systems and standards") << Source::SystemsFixture;
}

void TestXlsxExporter::roundTrip()
{
    QFETCH(Source, source);
    TestSupport::TempDatabase original;
    TestSupport::TempDatabase copy;
    QVERIFY(ExportRoundTrip::fill(original.db(), source));
    for (const EntitySpec *entity : ExportRoundTrip::importOrder()) {
        const ExportRequest request = ExportRequest::wholeTable(entity->kind);
        const QString workbook = QDir(original.folder()).filePath(entity->commandName + QStringLiteral(".xlsx"));
        const ExportResult exported = XlsxExporter::write(original.db(), {request}, workbook);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const XlsxReader::Workbook book = XlsxReader::read(workbook);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 1);
        QCOMPARE(book.sheets.first().rowCount, int(exported.rows) + 1);
        ExportRows rows(original.db(), request);
        QVERIFY(!rows.start());
        const QString fromWorkbook = ImportFixture::writeFile(copy.folder(), entity->commandName + QStringLiteral("-from-xlsx.csv"),
                                                              asCsv(book, 0, rows.fields(),
                                                                    int(rows.headers().size() - rows.fields().size())));
        const ImportResult imported = CsvImporter(copy.db(), *entity).run(fromWorkbook, {});
        QVERIFY2(imported.isComplete(), qPrintable(entity->commandName + QStringLiteral(": ") + imported.summary()));
        QCOMPARE(imported.added, exported.rows);
        const QString expected = QDir(original.folder()).filePath(entity->commandName + QStringLiteral(".csv"));
        const QString actual = QDir(copy.folder()).filePath(entity->commandName + QStringLiteral(".csv"));
        QVERIFY(CsvExporter::write(original.db(), request, expected).ok());
        QVERIFY(CsvExporter::write(copy.db(), request, actual).ok());
        QCOMPARE(TestSupport::fileBytes(actual), TestSupport::fileBytes(expected));
    }
    // Contracts keep the schools they cover (the exported files above name them by number).
    const QString links = QStringLiteral("SELECT count(*) FROM contract_school");
    QCOMPARE(TestSupport::scalar(copy.db(), links).toLongLong(), TestSupport::scalar(original.db(), links).toLongLong());
    if (source == Source::DemoCounty)
        QVERIFY(TestSupport::scalar(original.db(), links).toLongLong() > 0);
}

void TestXlsxExporter::sheetName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "Geräte" << QStringList() << "Geräte";
    QTest::newRow("forbidden characters") << "Geräte [Schule: 1/2]" << QStringList() << "Geräte Schule 1 2";
    QTest::newRow("too long") << QString(40, QLatin1Char('x')) << QStringList() << QString(31, QLatin1Char('x'));
    QTest::newRow("taken") << "Geräte" << QStringList{"geräte"} << "Geräte (2)";
    QTest::newRow("empty") << "" << QStringList() << "Sheet";
}

void TestXlsxExporter::sheetName()
{
    QFETCH(QString, title);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(XlsxExporter::sheetName(title, taken), name);
}

void TestXlsxExporter::cancelWritesNoFile()
{
    const QString path = QDir(m_demo.folder()).filePath(QStringLiteral("cancelled.xlsx"));
    const ExportResult result = XlsxExporter::write(m_demo.db(), {ExportRequest::wholeTable(EntityKind::Device)}, path,
                                                    [](qint64, qint64) { return false; });
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"

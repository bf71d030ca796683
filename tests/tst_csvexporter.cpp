// SPDX-License-Identifier: EUPL-1.2
#include "csvexporter.h"
#include "csvimporter.h"
#include "entitycatalog.h"
#include "exportroundtrip.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QTest>

using ExportRoundTrip::Source;

// The CSV German Excel opens: its format, and that the import reads every table back.
class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::useGerman(); }
    void cellText_data();
    void cellText();
    void quoted_data();
    void quoted();
    void fileFormat();
    void roundTrip_data();
    void roundTrip();
    void filterSortAndColumns();
    void unknownColumn();
};

void TestCsvExporter::cellText_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    using Type = ExportCell::Type;
    QTest::newRow("empty") << int(Type::Empty) << QVariant() << QString();
    QTest::newRow("text") << int(Type::Text) << QVariant(QStringLiteral("Köln")) << QStringLiteral("Köln");
    QTest::newRow("integer") << int(Type::Integer) << QVariant(qint64(1234567)) << QStringLiteral("1234567");
    QTest::newRow("decimal comma, no grouping") << int(Type::Decimal) << QVariant(1234.5) << QStringLiteral("1234,5");
    QTest::newRow("decimal whole") << int(Type::Decimal) << QVariant(2.0) << QStringLiteral("2");
    QTest::newRow("decimal small") << int(Type::Decimal) << QVariant(0.125) << QStringLiteral("0,125");
    QTest::newRow("money") << int(Type::Money) << QVariant(qint64(123456)) << QStringLiteral("1234,56");
    QTest::newRow("money cents") << int(Type::Money) << QVariant(qint64(5)) << QStringLiteral("0,05");
    QTest::newRow("money negative") << int(Type::Money) << QVariant(qint64(-1200)) << QStringLiteral("-12,00");
    QTest::newRow("date") << int(Type::Date) << QVariant(QDate(2025, 1, 7)) << QStringLiteral("07.01.2025");
    QTest::newRow("yes") << int(Type::Bool) << QVariant(true) << QCoreApplication::translate("ExportValue", "yes");
    QTest::newRow("no") << int(Type::Bool) << QVariant(false) << QCoreApplication::translate("ExportValue", "no");
}

void TestCsvExporter::cellText()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(CsvExporter::cellText({ExportCell::Type(type), value}), text);
}

void TestCsvExporter::quoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "Gymnasium" << "Gymnasium";
    QTest::newRow("semicolon") << "R 1; Süd" << "\"R 1; Süd\"";
    QTest::newRow("quote") << "12\" Monitor" << "\"12\"\" Monitor\"";
    QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
    QTest::newRow("leading space") << " x" << "\" x\"";
    QTest::newRow("comma needs none") << "Meier, Anna" << "Meier, Anna";
}

void TestCsvExporter::quoted()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvExporter::quoted(text), written);
}

void TestCsvExporter::fileFormat()
{
    TestSupport::TempDatabase temp;
    QVERIFY(ExportRoundTrip::fill(temp.db(), Source::DemoCounty));
    const QString path = QDir(temp.folder()).filePath(QStringLiteral("contracts.csv"));
    const ExportResult result = CsvExporter::write(temp.db(), ExportRequest::wholeTable(EntityKind::SupportContract), path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QByteArray bytes = TestSupport::fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), int(result.rows) + 2); // header, rows, the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    const EntitySpec &contracts = EntityCatalog::spec(EntityKind::SupportContract);
    QStringList labels;
    for (const FieldSpec &field : contracts.fields)
        labels << field.label();
    labels << QStringLiteral("Betreute Schulen");
    QCOMPARE(QString::fromUtf8(lines.first()), labels.join(QLatin1Char(';')) + QLatin1Char('\r'));
    for (int i = 1; i <= result.rows; ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    // Start date, as German Excel reads it.
    QVERIFY(QDate::fromString(QString::fromUtf8(lines.at(1).split(';').at(4)), QStringLiteral("dd.MM.yyyy")).isValid());
}

void TestCsvExporter::roundTrip_data()
{
    QTest::addColumn<Source>("source");
    QTest::newRow("demo county") << Source::DemoCounty;
    QTest::newRow("systems and standards") << Source::SystemsFixture;
}

void TestCsvExporter::roundTrip()
{
    QFETCH(Source, source);
    TestSupport::TempDatabase original;
    TestSupport::TempDatabase copy;
    QVERIFY(ExportRoundTrip::fill(original.db(), source));
    int nonEmpty = 0;
    for (const EntitySpec *entity : ExportRoundTrip::importOrder()) {
        const QString first = QDir(original.folder()).filePath(entity->commandName + QStringLiteral(".csv"));
        const QString second = QDir(copy.folder()).filePath(entity->commandName + QStringLiteral(".csv"));
        const ExportResult exported = CsvExporter::write(original.db(), ExportRequest::wholeTable(entity->kind), first);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        nonEmpty += exported.rows > 0 ? 1 : 0;
        const ImportResult imported = CsvImporter(copy.db(), *entity).run(first, {});
        QVERIFY2(imported.isComplete(), qPrintable(entity->commandName + QStringLiteral(": ") + imported.summary()
                                                   + (imported.problems.isEmpty() ? QString() : imported.problems.first().message)));
        QCOMPARE(imported.added, exported.rows);
        QVERIFY(CsvExporter::write(copy.db(), ExportRequest::wholeTable(entity->kind), second).ok());
        QCOMPARE(TestSupport::fileBytes(second), TestSupport::fileBytes(first));
        // A second import of the same file changes nothing.
        const ImportResult again = CsvImporter(copy.db(), *entity).run(first, {});
        QCOMPARE(again.unchanged, exported.rows);
        QCOMPARE(again.added + again.updated, qint64(0));
    }
    QVERIFY(nonEmpty >= (source == Source::DemoCounty ? 7 : 4));
    // Contracts keep the schools they cover (the exported files above name them by number).
    const QString links = QStringLiteral("SELECT count(*) FROM contract_school");
    QCOMPARE(TestSupport::scalar(copy.db(), links).toLongLong(), TestSupport::scalar(original.db(), links).toLongLong());
    if (source == Source::DemoCounty)
        QVERIFY(TestSupport::scalar(original.db(), links).toLongLong() > 0);
}

void TestCsvExporter::filterSortAndColumns()
{
    TestSupport::TempDatabase temp;
    QVERIFY(ExportRoundTrip::fill(temp.db(), Source::DemoCounty));
    ExportRequest request = ExportRequest::wholeTable(EntityKind::Device);
    request.columns = {QStringLiteral("price_cents"), QStringLiteral("inventory_number")};
    request.condition = {QStringLiteral("WHERE t.category = ? AND t.price_cents IS NOT NULL"), {QStringLiteral("tablet")}};
    request.sort = {{QStringLiteral("price_cents"), Qt::DescendingOrder}};
    const QString path = QDir(temp.folder()).filePath(QStringLiteral("tablets.csv"));
    const ExportResult result = CsvExporter::write(temp.db(), request, path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, TestSupport::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM device WHERE category = 'tablet' "
                                                                        "AND price_cents IS NOT NULL")).toLongLong());
    QVERIFY(result.rows > 10);
    const QList<QByteArray> lines = TestSupport::fileBytes(path).mid(3).split('\n');
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int i = 1; i <= result.rows; ++i) {
        const QList<QByteArray> cells = lines.at(i).trimmed().split(';');
        QCOMPARE(cells.size(), 2);
        const qint64 cents = QByteArray(cells.at(0)).replace(',', "").toLongLong();
        QVERIFY(cents <= previous);
        previous = cents;
    }
    QCOMPARE(TestSupport::scalar(temp.db(), QStringLiteral("SELECT max(price_cents) FROM device WHERE category = 'tablet'")).toLongLong(),
             QByteArray(lines.at(1).split(';').at(0)).replace(',', "").toLongLong());
}

void TestCsvExporter::unknownColumn()
{
    TestSupport::TempDatabase temp;
    ExportRequest request = ExportRequest::wholeTable(EntityKind::School);
    request.columns = {QStringLiteral("name"), QStringLiteral("password")};
    const ExportResult result = CsvExporter::write(temp.db(), request, QDir(temp.folder()).filePath(QStringLiteral("x.csv")));
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("password")));
    QVERIFY(!QFile::exists(QDir(temp.folder()).filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"

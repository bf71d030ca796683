// SPDX-License-Identifier: EUPL-1.2
#include "csvexporter.h"
#include "entitycatalog.h"
#include "entityquery.h"
#include "exportroundtrip.h"
#include "tableexportrequest.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

// What a table page shows becomes the export: search and filter, sort, visible columns.
class TestTableExportRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterSortAndVisibleColumns();
    void search();
    void computedColumnsStayOut();

private:
    static int columnOf(const EntityQuery &query, const char *field)
    {
        for (int i = 0; i < query.columns().size(); ++i) {
            const TableColumn &column = query.columns().at(i);
            if (column.isField() && query.entity().fields.at(column.fieldIndex).column == QLatin1String(field))
                return i;
        }
        return -1;
    }
    QList<QByteArray> exportLines(const ExportRequest &request, qint64 *rows);

    TestSupport::TempDatabase m_db;
};

void TestTableExportRequest::initTestCase()
{
    TestSupport::useGerman();
    QVERIFY(ExportRoundTrip::fill(m_db.db(), ExportRoundTrip::Source::DemoCounty));
}

QList<QByteArray> TestTableExportRequest::exportLines(const ExportRequest &request, qint64 *rows)
{
    const QString path = QDir(m_db.folder()).filePath(QStringLiteral("table.csv"));
    const ExportResult result = CsvExporter::write(m_db.db(), request, path);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    *rows = result.rows;
    QList<QByteArray> lines = TestSupport::fileBytes(path).mid(3).split('\n');
    lines.removeLast();
    for (QByteArray &line : lines)
        line = line.trimmed();
    return lines;
}

void TestTableExportRequest::filterSortAndVisibleColumns()
{
    const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
    EntityQuery query(devices, Database::Engine::SQLite);
    query.setFilter(QStringLiteral("status"), QStringLiteral("in_use"));
    query.setSort(columnOf(query, "price_cents"), Qt::DescendingOrder);
    const ExportRequest request = TableExportRequest::from(
        query, {columnOf(query, "inventory_number"), columnOf(query, "price_cents"), columnOf(query, "room")});
    QCOMPARE(request.columns, (QStringList{"inventory_number", "price_cents", "room"}));
    QCOMPARE(request.sort.size(), 1);
    QCOMPARE(request.sort.first().column, QStringLiteral("price_cents"));

    qint64 rows = 0;
    const QList<QByteArray> lines = exportLines(request, &rows);
    QCOMPARE(rows, TestSupport::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM device WHERE status = 'in_use'")).toLongLong());
    QCOMPARE(lines.size(), int(rows) + 1);
    QCOMPARE(QString::fromUtf8(lines.first()), QStringList({devices.field(QStringLiteral("inventory_number"))->label(),
                                                            devices.field(QStringLiteral("price_cents"))->label(),
                                                            devices.field(QStringLiteral("room"))->label()}).join(QLatin1Char(';')));
    QSqlQuery top(m_db.db().connection());
    QVERIFY(top.exec(QStringLiteral("SELECT inventory_number FROM device WHERE status = 'in_use' "
                                    "ORDER BY price_cents DESC, id LIMIT 1")));
    QVERIFY(top.next());
    QVERIFY(lines.at(1).startsWith(top.value(0).toString().toUtf8() + ';'));
}

void TestTableExportRequest::search()
{
    EntityQuery query(EntityCatalog::spec(EntityKind::Device), Database::Engine::SQLite);
    query.setSearchText(QStringLiteral("Lenovo"));
    const ExportRequest request = TableExportRequest::from(query, {columnOf(query, "inventory_number"), columnOf(query, "manufacturer")});
    qint64 rows = 0;
    const QList<QByteArray> lines = exportLines(request, &rows);
    QVERIFY(rows > 0);
    QCOMPARE(rows, TestSupport::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM device WHERE manufacturer = 'Lenovo' "
                                                                  "OR model LIKE '%Lenovo%'")).toLongLong());
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines.at(i).contains("Lenovo"));
}

void TestTableExportRequest::computedColumnsStayOut()
{
    EntityQuery query(EntityCatalog::spec(EntityKind::SupportContract), Database::Engine::SQLite);
    int derived = -1;
    for (int i = 0; i < query.columns().size(); ++i) {
        if (!query.columns().at(i).isField())
            derived = i;
    }
    QVERIFY(derived >= 0);
    query.setSort(derived, Qt::AscendingOrder);
    const ExportRequest request = TableExportRequest::from(query, {columnOf(query, "contract_number"), derived});
    QCOMPARE(request.columns, QStringList{QStringLiteral("contract_number")});
    QVERIFY(request.sort.isEmpty());
    qint64 rows = 0;
    const QList<QByteArray> lines = exportLines(request, &rows);
    QCOMPARE(rows, TestSupport::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM support_contract")).toLongLong());
    QList<QByteArray> numbers = lines.mid(1);
    QList<QByteArray> sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(numbers, sorted); // by the natural key
}

QTEST_GUILESS_MAIN(TestTableExportRequest)
#include "tst_tableexportrequest.moc"

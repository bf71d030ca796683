// SPDX-License-Identifier: EUPL-1.2
#include "contractterms.h"
#include "csvexporter.h"
#include "entitycatalog.h"
#include "entityquery.h"
#include "exportroundtrip.h"
#include "tableexportrequest.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QLocale>
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
    void computedColumnsFollowTheFields();
    void allocationRemainingMoney();

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

void TestTableExportRequest::computedColumnsFollowTheFields()
{
    EntityQuery query(EntityCatalog::spec(EntityKind::SupportContract), Database::Engine::SQLite);
    QList<int> visible{columnOf(query, "contract_number")};
    QStringList expectedHeader{EntityCatalog::spec(EntityKind::SupportContract).field(QStringLiteral("contract_number"))->label()};
    int derived = -1;
    for (int i = 0; i < query.columns().size(); ++i) {
        if (!query.columns().at(i).isField()) {
            visible << i;
            expectedHeader << query.columns().at(i).label(query.entity());
            derived = i;
        }
    }
    QCOMPARE(visible.size(), 4); // last day to cancel, end of term, schools
    // A sort by a computed column falls back to the natural key.
    query.setSort(derived, Qt::AscendingOrder);
    const ExportRequest request = TableExportRequest::from(query, visible);
    QCOMPARE(request.columns, QStringList{QStringLiteral("contract_number")});
    QCOMPARE(request.derived.size(), 3);
    QVERIFY(request.sort.isEmpty());

    qint64 rows = 0;
    const QList<QByteArray> lines = exportLines(request, &rows);
    QCOMPARE(rows, TestSupport::scalar(m_db.db(), QStringLiteral("SELECT count(*) FROM support_contract")).toLongLong());
    QCOMPARE(QString::fromUtf8(lines.first()), expectedHeader.join(QLatin1Char(';')));
    QList<QByteArray> numbers;
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split(';');
        QCOMPARE(cells.size(), 4);
        numbers << cells.at(0);
        QSqlQuery contract(m_db.db().connection());
        contract.prepare(QStringLiteral("SELECT id, start_date, initial_term_months, renewal_months, notice_months, auto_renewal "
                                        "FROM support_contract WHERE contract_number = ?"));
        contract.addBindValue(QString::fromUtf8(cells.at(0)));
        QVERIFY(contract.exec() && contract.next());
        ContractTerms::Contract terms;
        terms.start = QDate::fromString(contract.value(1).toString(), Qt::ISODate);
        terms.initialTermMonths = contract.value(2).toInt();
        terms.renewalMonths = contract.value(3).toInt();
        terms.noticeMonths = contract.value(4).toInt();
        terms.autoRenewal = contract.value(5).toInt() != 0;
        const ContractTerms::NextDeadline next = ContractTerms::next(terms, QDate::currentDate());
        const auto german = [](const QDate &day) { return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QString(); };
        QCOMPARE(QString::fromUtf8(cells.at(1)), german(next.lastDayToCancel));
        QCOMPARE(QString::fromUtf8(cells.at(2)), german(next.termEnd));
        QSqlQuery schools(m_db.db().connection());
        schools.prepare(QStringLiteral("SELECT s.school_number FROM contract_school cs JOIN school s ON s.id = cs.school_id "
                                       "WHERE cs.contract_id = ? ORDER BY s.school_number"));
        schools.addBindValue(contract.value(0));
        QVERIFY(schools.exec());
        QStringList covered;
        while (schools.next())
            covered << schools.value(0).toString();
        QCOMPARE(QString::fromUtf8(cells.at(3)), covered.join(QStringLiteral(", ")));
    }
    QList<QByteArray> sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(numbers, sorted); // by the natural key
}

void TestTableExportRequest::allocationRemainingMoney()
{
    EntityQuery query(EntityCatalog::spec(EntityKind::Allocation), Database::Engine::SQLite);
    QList<int> visible{columnOf(query, "allocated_cents"), columnOf(query, "spent_cents")};
    for (int i = 0; i < query.columns().size(); ++i) {
        if (query.columns().at(i).derived == DerivedColumn::AllocationRemaining)
            visible << i;
    }
    QCOMPARE(visible.size(), 3);
    qint64 rows = 0;
    const QList<QByteArray> lines = exportLines(TableExportRequest::from(query, visible), &rows);
    QVERIFY(rows > 0);
    const QLocale german(QLocale::German, QLocale::Germany);
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split(';');
        QCOMPARE(cells.size(), 3);
        const auto cents = [&german](const QByteArray &text) {
            bool ok = false;
            const double euros = german.toDouble(QString::fromUtf8(text).remove(QStringLiteral(" €")).trimmed(), &ok);
            return ok ? qRound64(euros * 100) : qint64(-1);
        };
        QCOMPARE(cents(cells.at(2)), cents(cells.at(0)) - cents(cells.at(1)));
    }
}

QTEST_GUILESS_MAIN(TestTableExportRequest)
#include "tst_tableexportrequest.moc"

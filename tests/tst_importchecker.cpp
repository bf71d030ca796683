// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "existingrecords.h"
#include "headermatcher.h"
#include "importchecker.h"
#include "importcoveredschools.h"
#include "importfixture.h"
#include "importkey.h"
#include "importvalueconverter.h"
#include "referenceresolver.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <optional>

using Rows = QList<QStringList>;

// Each rule a row of a file must keep, checked row by row against the fixture county.
class TestImportChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void updateKeepsColumnsTheFileLacks();
    void unchangedRow();
    void compositeKeyOfAllocations();
    void emptyCellOfNotNullColumn_data();
    void emptyCellOfNotNullColumn();
    void sameValue_data();
    void sameValue();
    void coveredSchools_data();
    void coveredSchools();
    void schoolNumbersOfCell_data();
    void schoolNumbersOfCell();

private:
    struct Outcome
    {
        QList<bool> valid;
        QList<ImportProblem> problems;
        QList<ImportRow> rows;
    };
    Outcome check(const QString &table, const QStringList &header, const Rows &rows,
                  const std::optional<QList<ImportChecker::NotNullColumn>> &notNull = std::nullopt);

    TestSupport::TempDatabase m_db;
    ImportFixture::Ids m_ids;
};

void TestImportChecker::initTestCase()
{
    TestSupport::useGerman();
    m_ids = ImportFixture::load(m_db.db());
    QVERIFY(m_ids.county != 0);
}

TestImportChecker::Outcome TestImportChecker::check(const QString &table, const QStringList &header, const Rows &rows,
                                                    const std::optional<QList<ImportChecker::NotNullColumn>> &notNull)
{
    const EntitySpec &entity = *EntityCatalog::byCommandName(table);
    ReferenceResolver references;
    ExistingRecords existing;
    Outcome outcome;
    if (references.loadReferencesOf(m_db.db().connection(), entity)
        || existing.load(m_db.db().connection(), entity, ImportKey::fields(entity))) {
        qWarning("cannot load the fixture");
        return outcome;
    }
    ImportValueConverter converter(&references);
    const ColumnMapping mapping = HeaderMatcher::guess(entity, header);
    ImportChecker checker(entity, mapping, converter, references, existing);
    checker.setNotNullColumns(notNull.value_or(ImportChecker::notNullColumns(m_db.db().connection(), entity)));
    ImportCoveredSchools schools(entity, mapping, references);
    if (schools.column() >= 0) {
        if (references.load(m_db.db().connection(), EntityKind::School) || schools.load(m_db.db().connection())) {
            qWarning("cannot load the schools of the contracts");
            return outcome;
        }
        checker.setCoveredSchools(&schools);
    }
    for (int i = 0; i < rows.size(); ++i) {
        ImportRow row;
        outcome.valid << checker.check(CsvRecord{i + 2, rows.at(i)}, row, outcome.problems);
        outcome.rows << row;
    }
    return outcome;
}

void TestImportChecker::rules_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<qint64>("line");     // line of the (only) problem; 0: no problem
    QTest::addColumn<QString>("column");  // its column
    QTest::addColumn<QString>("fragment"); // a piece of its message

    const QStringList devices{"Inventarnummer", "Kategorie", "Schule", "Status", "Anschaffungsdatum", "Preis", "Garantieende"};
    const QStringList good{"A-1", "PC", "194905", "in_use", "01.03.2024", "499,00", "28.02.2027"};
    auto with = [&good](int index, const QString &value) {
        QStringList row = good;
        row[index] = value;
        row[0] = QStringLiteral("A-2");
        return row;
    };
    QTest::newRow("valid rows") << "devices" << devices << Rows{good, with(0, "A-2")} << qint64(0) << QString() << QString();
    QTest::newRow("unknown school number") << "devices" << devices << Rows{good, with(2, "999999")} << qint64(3)
                                           << "Schule" << "999999";
    QTest::newRow("ambiguous school name") << "devices" << devices << Rows{good, with(2, "Grundschule am Markt")}
                                           << qint64(3) << "Schule" << "Grundschule am Markt";
    QTest::newRow("duplicate inventory number") << "devices" << devices << Rows{good, good} << qint64(3)
                                                << "Inventarnummer" << "A-1";
    QTest::newRow("bad date") << "devices" << devices << Rows{good, with(4, "31.02.2024")} << qint64(3)
                              << "Anschaffungsdatum" << "31.02.2024";
    QTest::newRow("negative price") << "devices" << devices << Rows{good, with(5, "-12,00")} << qint64(3) << "Preis"
                                    << QString();
    QTest::newRow("unknown category") << "devices" << devices << Rows{good, with(1, "Toaster")} << qint64(3)
                                      << "Kategorie" << "Toaster";
    QTest::newRow("missing required value") << "devices" << devices << Rows{good, with(3, "")} << qint64(3) << "Status"
                                            << QString();
    QTest::newRow("warranty before acquisition") << "devices" << devices << Rows{good, with(6, "01.01.2024")}
                                                 << qint64(3) << "Garantieende" << QString();
    QTest::newRow("more fields than columns") << "devices" << devices << Rows{good, with(0, "A-2") << "zu viel"}
                                              << qint64(3) << QString() << QString();
    QTest::newRow("trailing empty field is fine") << "devices" << devices << Rows{good, with(0, "A-2") << ""}
                                                  << qint64(0) << QString() << QString();
    QTest::newRow("missing required column") << "devices" << QStringList{"Inventarnummer", "Kategorie", "Schule"}
                                             << Rows{{"A-1", "PC", "194905"}} << qint64(2) << QString() << QString();
    QTest::newRow("percent above 100") << "schools" << QStringList{"Schulnummer", "Name", "Schulform", "Schulträger", "WLAN"}
                                       << Rows{{"100999", "Neue Schule", "02", "Stadt Dülmen", "120"}} << qint64(2)
                                       << "WLAN" << "100";
    QTest::newRow("school number not six digits") << "schools" << QStringList{"Schulnummer", "Name", "Schulform", "Schulträger"}
                                                  << Rows{{"12345", "Neue Schule", "02", "Stadt Dülmen"}} << qint64(2)
                                                  << "Schulnummer" << "12345";
    QTest::newRow("school of another authority") << "systems"
                                                 << QStringList{"Schulträger", "Schule", "Kategorie", "Produkt"}
                                                 << Rows{{"Kreis Coesfeld", "109901", "firewall", "Sophos"}} << qint64(2)
                                                 << "Schule" << QString();
}

void TestImportChecker::rules()
{
    QFETCH(QString, table);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(qint64, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);
    const Outcome outcome = check(table, header, rows);
    if (line == 0) {
        for (const ImportProblem &problem : outcome.problems)
            qWarning("%lld %s: %s", problem.line, qPrintable(problem.column), qPrintable(problem.message));
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY(!outcome.valid.contains(false));
        return;
    }
    QVERIFY(!outcome.problems.isEmpty());
    const ImportProblem &problem = outcome.problems.first();
    QCOMPARE(problem.line, line);
    if (!column.isEmpty())
        QCOMPARE(problem.column, column);
    QVERIFY2(problem.message.contains(fragment), qPrintable(problem.message));
    QVERIFY(!problem.message.isEmpty());
    QCOMPARE(outcome.valid.at(int(line - 2)), false);
    for (int i = 0; i < outcome.valid.size(); ++i) {
        if (i != line - 2)
            QVERIFY(outcome.valid.at(i));
    }
}

void TestImportChecker::updateKeepsColumnsTheFileLacks()
{
    const Outcome outcome = check(QStringLiteral("schools"), {"Schulnummer", "Ort"}, Rows{{"194905", "Dülmen"}});
    QVERIFY(outcome.valid.first());
    const ImportRow &row = outcome.rows.first();
    const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
    QCOMPARE(row.action, ImportRow::Action::Update);
    QCOMPARE(row.existing->id, m_ids.gymnasium);
    QCOMPARE(row.values.at(schools.fieldIndex(QStringLiteral("city"))).toString(), QStringLiteral("Dülmen"));
    QCOMPARE(row.values.at(schools.fieldIndex(QStringLiteral("name"))).toString(), QStringLiteral("Gymnasium St. Laurentius"));
    QCOMPARE(row.changed, quint64(1) << schools.fieldIndex(QStringLiteral("city")));
}

void TestImportChecker::unchangedRow()
{
    const Outcome outcome = check(QStringLiteral("schools"), {"Schulnummer", "Schulform", "Ort"}, Rows{{"194905", "Gymnasium", "Coesfeld"}});
    QVERIFY(outcome.valid.first());
    QCOMPARE(outcome.rows.first().action, ImportRow::Action::Unchanged);
}

void TestImportChecker::compositeKeyOfAllocations()
{
    const QStringList header{"Förderprogramm", "Schulträger", "Zugewiesen"};
    const Outcome outcome = check(QStringLiteral("allocations"), header,
                                  Rows{{"DigitalPakt Schule", "Kreis Coesfeld", "1000"},
                                       {"DigitalPakt Schule", "10595", "2000"},
                                       {"DigitalPakt Schule", "Stadt Dülmen", "3000"}});
    QCOMPARE(outcome.valid, (QList<bool>{true, false, true}));
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().line, qint64(3));
    QVERIFY(outcome.problems.first().message.contains(QLatin1String("2")));
}

void TestImportChecker::emptyCellOfNotNullColumn_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<bool>("withDefault"); // as the schema has it (DEFAULT 0)
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("applied");  // the value the row then holds
    QTest::newRow("new, default") << Rows{{"DigitalPakt Schule", "Stadt Dülmen", "10", ""}} << true << true << QVariant();
    QTest::newRow("update, default") << Rows{{"DigitalPakt Schule", "Kreis Coesfeld", "10", ""}} << true << true
                                     << QVariant(qint64(0));
    QTest::newRow("new, no default") << Rows{{"DigitalPakt Schule", "Stadt Dülmen", "10", ""}} << false << false << QVariant();
    QTest::newRow("update, no default") << Rows{{"DigitalPakt Schule", "Kreis Coesfeld", "10", ""}} << false << false
                                        << QVariant();
    QTest::newRow("value given") << Rows{{"DigitalPakt Schule", "Kreis Coesfeld", "10", "5"}} << false << true
                                 << QVariant(qint64(500));
}

void TestImportChecker::emptyCellOfNotNullColumn()
{
    QFETCH(Rows, rows);
    QFETCH(bool, withDefault);
    QFETCH(bool, valid);
    QFETCH(QVariant, applied);
    const EntitySpec &allocations = EntityCatalog::spec(EntityKind::Allocation);
    QSqlQuery insert(m_db.db().connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO allocation (program_id, authority_id, allocated_cents, applied_cents) "
                                  "VALUES (?, ?, 1000, 700)"));
    insert.addBindValue(m_ids.program);
    insert.addBindValue(m_ids.county);
    QVERIFY(insert.exec());
    const int field = allocations.fieldIndex(QStringLiteral("applied_cents"));
    const QList<ImportChecker::NotNullColumn> schema = ImportChecker::notNullColumns(m_db.db().connection(), allocations);
    const auto it = std::find_if(schema.cbegin(), schema.cend(), [field](const auto &column) { return column.field == field; });
    QVERIFY(it != schema.cend());
    QVERIFY(it->hasDefault);
    QCOMPARE(it->fallback, QVariant(qint64(0)));
    ImportChecker::NotNullColumn column{field, withDefault, withDefault ? QVariant(qint64(0)) : QVariant()};
    const Outcome outcome = check(QStringLiteral("allocations"), {"Förderprogramm", "Schulträger", "Zugewiesen", "Beantragt"},
                                  rows, QList<ImportChecker::NotNullColumn>{column});
    QCOMPARE(outcome.valid.first(), valid);
    if (!valid) {
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.first().line, qint64(2));
        QCOMPARE(outcome.problems.first().column, QStringLiteral("Beantragt"));
        QVERIFY2(outcome.problems.first().message.contains(QLatin1String("Beantragt")), qPrintable(outcome.problems.first().message));
        return;
    }
    QCOMPARE(outcome.rows.first().values.at(field), applied);
}

void TestImportChecker::sameValue_data()
{
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QVariant>("a");
    QTest::addColumn<QVariant>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("null and empty text") << FieldKind::Text << QVariant() << QVariant(QString()) << true;
    QTest::newRow("null and text") << FieldKind::Text << QVariant() << QVariant(QStringLiteral("x")) << false;
    QTest::newRow("int and long long") << FieldKind::Money << QVariant(500) << QVariant(qint64(500)) << true;
    QTest::newRow("decimal") << FieldKind::Decimal << QVariant(1.5) << QVariant(QStringLiteral("1.5")) << true;
    QTest::newRow("different decimal") << FieldKind::Decimal << QVariant(1.5) << QVariant(1.25) << false;
    QTest::newRow("zero is a value") << FieldKind::Integer << QVariant(0) << QVariant() << false;
    QTest::newRow("text trimmed") << FieldKind::Text << QVariant(QStringLiteral("a ")) << QVariant(QStringLiteral("a")) << true;
}

void TestImportChecker::sameValue()
{
    QFETCH(FieldKind, kind);
    QFETCH(QVariant, a);
    QFETCH(QVariant, b);
    QFETCH(bool, same);
    QCOMPARE(ImportChecker::sameValue(kind, a, b), same);
}

void TestImportChecker::coveredSchools_data()
{
    QTest::addColumn<QString>("header");      // of the schools column
    QTest::addColumn<QString>("number");      // contract number: SV-2024-001 exists (Kreis Coesfeld)
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("coveredBefore");  // SV-2024-001 covers 194905 before the check
    QTest::addColumn<QString>("fragment");    // of the problem; empty: the row is valid
    QTest::addColumn<int>("action");          // ImportRow::Action of a valid row
    QTest::addColumn<QStringList>("schools"); // school numbers the row then lists

    const int insert = int(ImportRow::Action::Insert);
    const int update = int(ImportRow::Action::Update);
    const int unchanged = int(ImportRow::Action::Unchanged);
    const QString county = QStringLiteral("Kreis Coesfeld");
    const QString town = QStringLiteral("Stadt Dülmen");
    QTest::newRow("German label") << "Betreute Schulen" << "SV-2024-001" << county << "194905" << false << QString()
                                  << update << QStringList{"194905"};
    QTest::newRow("English label") << "Covered schools" << "SV-2024-001" << county << "194905" << false << QString()
                                   << update << QStringList{"194905"};
    QTest::newRow("case and spaces") << "  SCHULEN " << "SV-2024-001" << county << "194905" << false << QString()
                                     << update << QStringList{"194905"};
    QTest::newRow("schools") << "schools" << "SV-2024-001" << county << "194905" << true << QString() << unchanged
                             << QStringList{"194905"};
    QTest::newRow("same set") << "Betreute Schulen" << "SV-2024-001" << county << " 194905 ,194905" << true << QString()
                              << unchanged << QStringList{"194905"};
    QTest::newRow("empty cell removes") << "Betreute Schulen" << "SV-2024-001" << county << "" << true << QString()
                                        << update << QStringList();
    QTest::newRow("empty cell, none before") << "Betreute Schulen" << "SV-2024-001" << county << "" << false << QString()
                                             << unchanged << QStringList();
    QTest::newRow("new contract, all separators") << "Betreute Schulen" << "SV-2024-009" << town
                                                  << "109902,109901;\r\n109902" << false << QString() << insert
                                                  << QStringList{"109901", "109902"};
    QTest::newRow("unknown school number") << "Betreute Schulen" << "SV-2024-001" << county << "194905, 999999" << false
                                           << "999999" << update << QStringList();
    QTest::newRow("name instead of number") << "Betreute Schulen" << "SV-2024-001" << county << "Gymnasium St. Laurentius"
                                            << false << "Gymnasium St. Laurentius" << update << QStringList();
    // A contract may pool support for schools of several authorities.
    QTest::newRow("school of another authority") << "Betreute Schulen" << "SV-2024-001" << county << "109901" << false
                                                 << QString() << update << QStringList{"109901"};
    QTest::newRow("new contract, another authority") << "Betreute Schulen" << "SV-2024-009" << town << "194905" << false
                                                     << QString() << insert << QStringList{"194905"};
}

void TestImportChecker::coveredSchools()
{
    QFETCH(QString, header);
    QFETCH(QString, number);
    QFETCH(QString, authority);
    QFETCH(QString, cell);
    QFETCH(bool, coveredBefore);
    QFETCH(QString, fragment);
    QFETCH(int, action);
    QFETCH(QStringList, schools);
    QSqlQuery link(m_db.db().connection());
    QVERIFY(link.exec(QStringLiteral("DELETE FROM contract_school")));
    if (coveredBefore) {
        link.prepare(QStringLiteral("INSERT INTO contract_school (contract_id, school_id) VALUES (?, ?)"));
        link.addBindValue(m_ids.contract);
        link.addBindValue(m_ids.gymnasium);
        QVERIFY(link.exec());
    }
    // The fields as SV-2024-001 has them, so only the schools can make a difference.
    const Outcome outcome = check(QStringLiteral("contracts"),
                                  {"Vertragsnummer", "Dienstleister", "Schulträger", "Beginn", "Laufzeit",
                                   "Verlängerung (Monate)", "Kündigungsfrist", header},
                                  Rows{{number, "Kommunal-IT", authority, "01.01.2024", "36", "12", "3", cell}});
    QVERIFY(link.exec(QStringLiteral("DELETE FROM contract_school")));
    if (!fragment.isEmpty()) {
        QCOMPARE(outcome.valid, QList<bool>{false});
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.first().line, qint64(2));
        QCOMPARE(outcome.problems.first().column, header.trimmed());
        QVERIFY2(outcome.problems.first().message.contains(fragment), qPrintable(outcome.problems.first().message));
        return;
    }
    for (const ImportProblem &problem : outcome.problems)
        qWarning("%lld %s: %s", problem.line, qPrintable(problem.column), qPrintable(problem.message));
    QCOMPARE(outcome.valid, QList<bool>{true});
    const ImportRow &row = outcome.rows.first();
    QCOMPARE(int(row.action), action);
    QCOMPARE(row.changed, quint64(0));
    QList<qint64> ids;
    const QHash<QString, qint64> byNumber{{"194905", m_ids.gymnasium}, {"109901", m_ids.marketA}, {"109902", m_ids.marketB}};
    for (const QString &school : schools)
        ids << byNumber.value(school);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(row.schools, ids);
    QCOMPARE(row.schoolsChange, row.schools != row.schoolsBefore);
    QCOMPARE(row.schoolsBefore, coveredBefore ? QList<qint64>{m_ids.gymnasium} : QList<qint64>());
}

void TestImportChecker::schoolNumbersOfCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("empty") << "" << QStringList();
    QTest::newRow("as exported") << "192001, 192002" << QStringList{"192001", "192002"};
    QTest::newRow("semicolons") << "192001;192002" << QStringList{"192001", "192002"};
    QTest::newRow("line breaks") << "192001\r\n192002\n" << QStringList{"192001", "192002"};
    QTest::newRow("empty parts") << " , 192001,,; " << QStringList{"192001"};
}

void TestImportChecker::schoolNumbersOfCell()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, numbers);
    QCOMPARE(ImportCoveredSchools::numbers(cell), numbers);
}

QTEST_GUILESS_MAIN(TestImportChecker)
#include "tst_importchecker.moc"

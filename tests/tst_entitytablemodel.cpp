// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"
#include "entitytablemodel.h"
#include "fieldtext.h"
#include "enumcatalog.h"
#include "recordeditor.h"
#include "recordstore.h"
#include "tablefixture.h"
#include "tablemodelsession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using TestSupport::scalar;

class TestEntityTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void displayValues();
    void search_data();
    void search();
    void searchOnlyShownColumns();
    void filters();
    void sort_data();
    void sort();
    void rowOfId();
    void lazyPages();
    void editWritesThroughRecordStore();
    void validationMessages_data();
    void validationMessages();
    void refusedInputCanBeCorrectedOrDiscarded();
    void followsCommittedChanges();
    void searchOnHundredThousandDevices();
    void typingOnNarrowsButEditsWiden();

private:
    std::unique_ptr<EntityTableModel> makeModel(EntityKind kind) { return m_session->model(kind); }
    static QStringList column(EntityTableModel &model, const QString &field, int role = Qt::DisplayRole)
    {
        return TableModelSession::column(model, field, role);
    }
    static QList<qint64> ids(EntityTableModel &model) { return TableModelSession::ids(model); }

    std::unique_ptr<TableModelSession> m_session;
};

void TestEntityTableModel::initTestCase()
{
    TestSupport::useGerman();
}

void TestEntityTableModel::init()
{
    m_session = std::make_unique<TableModelSession>();
    QVERIFY(m_session->loaded());
}

void TestEntityTableModel::cleanup()
{
    m_session.reset();
}

void TestEntityTableModel::columnsAndHeaders()
{
    auto devices = makeModel(EntityKind::Device);
    QCOMPARE(devices->columnCount(), EntityCatalog::spec(EntityKind::Device).fields.size());
    QCOMPARE(devices->headerData(devices->columnOf(QStringLiteral("inventory_number")), Qt::Horizontal).toString(),
             QStringLiteral("Inventarnummer"));
    QCOMPARE(devices->headerData(devices->columnOf(QStringLiteral("price_cents")), Qt::Horizontal,
                                 EntityTableModel::ColumnNameRole).toString(),
             QStringLiteral("price_cents"));
    QCOMPARE(devices->rowCount(), 5);
    QCOMPARE(devices->unfilteredCount(), 5);

    // A contract shows its deadline right after its authority, and its schools at the end.
    auto contracts = makeModel(EntityKind::SupportContract);
    const EntitySpec &spec = EntityCatalog::spec(EntityKind::SupportContract);
    QCOMPARE(contracts->columnCount(), spec.fields.size() + 3);
    const int afterAuthority = contracts->columnOf(QStringLiteral("authority_id")) + 1;
    QCOMPARE(contracts->tableColumn(afterAuthority).derived, DerivedColumn::ContractNextCancel);
    QCOMPARE(contracts->tableColumn(afterAuthority + 1).derived, DerivedColumn::ContractTermEnd);
    QCOMPARE(contracts->tableColumn(contracts->columnCount() - 1).derived, DerivedColumn::ContractSchools);
    QVERIFY(!(contracts->flags(contracts->index(0, afterAuthority)) & Qt::ItemIsEditable));
    QVERIFY(contracts->flags(contracts->index(0, 0)) & Qt::ItemIsEditable);
}

void TestEntityTableModel::displayValues()
{
    auto devices = makeModel(EntityKind::Device);
    // Sorted by inventory number: DU-0001, DU-0002, DU-0003, KC-0001, KC-0002.
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")),
             QStringList({"DU-0001", "DU-0002", "DU-0003", "KC-0001", "KC-0002"}));
    QCOMPARE(column(*devices, QStringLiteral("price_cents")),
             QStringList({"", "299,00 €", "3.500,00 €", "459,00 €", "1.234,56 €"}));
    QCOMPARE(column(*devices, QStringLiteral("acquired_on")),
             QStringList({"31.12.2021", "", "29.02.2024", "01.08.2023", "15.01.2022"}));
    QCOMPARE(column(*devices, QStringLiteral("school_id")),
             QStringList({"Grundschule Nord", "Realschule Süd", "Realschule Süd", "Anne-Frank-Gymnasium", "Anne-Frank-Gymnasium"}));
    QCOMPARE(column(*devices, QStringLiteral("status")),
             QStringList({"Im Einsatz", "Ausgesondert", "Im Einsatz", "Im Einsatz", "Defekt"}));
    QCOMPARE(column(*devices, QStringLiteral("category")),
             QStringList({"PC", "Tablet", "Interaktives Display", "Tablet", "Notebook"}));

    const QModelIndex price = devices->index(4, devices->columnOf(QStringLiteral("price_cents")));
    QCOMPARE(price.data(Qt::EditRole).toLongLong(), 123456);
    QCOMPARE(price.data(EntityTableModel::StoredValueRole).toLongLong(), 123456);
    QCOMPARE(price.data(EntityTableModel::RecordIdRole).toLongLong(), qint64(TableFixture::ThinkPad));
    QCOMPARE(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    const QModelIndex school = devices->index(4, devices->columnOf(QStringLiteral("school_id")));
    QCOMPARE(school.data(Qt::EditRole).toLongLong(), qint64(TableFixture::AnneFrank));

    // Yes/no is a check box; its text (for copying) says yes or no.
    auto contracts = makeModel(EntityKind::SupportContract);
    const QModelIndex renewal = contracts->index(0, contracts->columnOf(QStringLiteral("auto_renewal")));
    QCOMPARE(renewal.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!renewal.data(Qt::DisplayRole).isValid());
    QCOMPARE(renewal.data(EntityTableModel::TextRole).toString(), FieldText::yesNo(true));
    QVERIFY(contracts->flags(renewal) & Qt::ItemIsUserCheckable);
    QCOMPARE(contracts->index(1, contracts->columnOf(QStringLiteral("auto_renewal"))).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
}

void TestEntityTableModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList({"DU-0001", "DU-0002", "DU-0003", "KC-0001", "KC-0002"});
    QTest::newRow("manufacturer") << "Lenovo" << QStringList({"KC-0002"});
    QTest::newRow("part, any case") << "kc-" << QStringList({"KC-0001", "KC-0002"});
    QTest::newRow("category label") << "Tablet" << QStringList({"DU-0002", "KC-0001"});
    QTest::newRow("status label") << "defekt" << QStringList({"KC-0002"});
    QTest::newRow("school name") << "Grundschule" << QStringList({"DU-0001"});
    QTest::newRow("school number") << "100003" << QStringList({"DU-0002", "DU-0003"});
    QTest::newRow("money") << "1.234,56" << QStringList({"KC-0002"});
    QTest::newRow("money with euro") << "299,00 €" << QStringList({"DU-0002"});
    QTest::newRow("date") << "31.12.2021" << QStringList({"DU-0001"});
    QTest::newRow("month") << "02.2024" << QStringList({"DU-0003"});
    QTest::newRow("year") << "2023" << QStringList({"KC-0001"});
    QTest::newRow("two words") << "apple ipad" << QStringList({"KC-0001"});
    QTest::newRow("quoted words") << "\"Galaxy Tab\"" << QStringList({"DU-0002"});
    QTest::newRow("room with blank") << "\"B 2.02\"" << QStringList({"KC-0002"});
    QTest::newRow("percent sign is literal") << "50%" << QStringList();
    QTest::newRow("nothing") << "xyzzy" << QStringList();
}

void TestEntityTableModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto devices = makeModel(EntityKind::Device);
    QSignalSpy counts(devices.get(), &EntityTableModel::countsChanged);
    devices->setSearchText(text);
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), expected);
    QCOMPARE(devices->unfilteredCount(), 5);
    if (!text.isEmpty())
        QCOMPARE(counts.count(), 1);
}

void TestEntityTableModel::searchOnlyShownColumns()
{
    auto devices = makeModel(EntityKind::Device);
    QList<int> shown;
    for (int column = 0; column < devices->columnCount(); ++column) {
        if (column != devices->columnOf(QStringLiteral("manufacturer")))
            shown << column;
    }
    devices->setSearchText(QStringLiteral("Lenovo"));
    QCOMPARE(devices->rowCount(), 1);
    devices->setSearchColumns(shown);
    QCOMPARE(devices->rowCount(), 0);
}

void TestEntityTableModel::filters()
{
    auto devices = makeModel(EntityKind::Device);
    QStringList keys;
    for (const TableFilter &filter : devices->availableFilters())
        keys << filter.key;
    QCOMPARE(keys, QStringList({"authority_id", "school_id", "category", "status"}));

    devices->setFilter(QStringLiteral("school_id"), qint64(TableFixture::RealschuleSued));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"DU-0002", "DU-0003"}));
    devices->setFilter(QStringLiteral("school_id"), QVariant());
    devices->setFilter(QStringLiteral("authority_id"), 2);
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"DU-0001", "DU-0002", "DU-0003"}));
    devices->setFilter(QStringLiteral("status"), QStringLiteral("in_use"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"DU-0001", "DU-0003"}));
    devices->setSearchText(QStringLiteral("Dell"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"DU-0001"}));
    devices->setSearchText(QString());
    devices->setFilter(QStringLiteral("authority_id"), QVariant());
    devices->setFilter(QStringLiteral("status"), QVariant());
    devices->setFilter(QStringLiteral("category"), QStringLiteral("tablet"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"DU-0002", "KC-0001"}));
    QCOMPARE(devices->filters().value(QStringLiteral("category")).toString(), QStringLiteral("tablet"));
    QCOMPARE(devices->unfilteredCount(), 5);
}

void TestEntityTableModel::sort_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("inventory number") << "inventory_number" << int(Qt::AscendingOrder) << QList<qint64>{3, 4, 5, 1, 2};
    QTest::newRow("inventory number, descending") << "inventory_number" << int(Qt::DescendingOrder) << QList<qint64>{2, 1, 5, 4, 3};
    // No price comes first going up and last going down.
    QTest::newRow("price") << "price_cents" << int(Qt::AscendingOrder) << QList<qint64>{3, 4, 1, 2, 5};
    QTest::newRow("price, descending") << "price_cents" << int(Qt::DescendingOrder) << QList<qint64>{5, 2, 1, 4, 3};
    QTest::newRow("date") << "acquired_on" << int(Qt::AscendingOrder) << QList<qint64>{4, 3, 2, 1, 5};
    // By the school's name, then by id.
    QTest::newRow("school") << "school_id" << int(Qt::AscendingOrder) << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("school, descending") << "school_id" << int(Qt::DescendingOrder) << QList<qint64>{5, 4, 3, 2, 1};
    // By the German label: Interaktives Display, Notebook, PC, Tablet.
    QTest::newRow("category label") << "category" << int(Qt::AscendingOrder) << QList<qint64>{5, 2, 3, 1, 4};
}

void TestEntityTableModel::sort()
{
    QFETCH(QString, field);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    auto devices = makeModel(EntityKind::Device);
    devices->sort(devices->columnOf(field), Qt::SortOrder(order));
    QCOMPARE(ids(*devices), expected);
    QCOMPARE(devices->sortColumn(), devices->columnOf(field));
    QCOMPARE(devices->sortOrder(), Qt::SortOrder(order));
}

void TestEntityTableModel::rowOfId()
{
    auto devices = makeModel(EntityKind::Device);
    QVERIFY(TableFixture::addDevices(m_session->db(), 2000));
    devices->refresh();
    devices->sort(devices->columnOf(QStringLiteral("price_cents")), Qt::DescendingOrder);
    // The fixture's devices and the added ones (ids 6 to 2005), wherever they sort.
    for (qint64 id : {qint64(TableFixture::ActivPanel), qint64(TableFixture::OptiPlex), qint64(6), qint64(2005)}) {
        const int row = devices->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(devices->recordId(row), id);
    }
    QCOMPARE(devices->rowOfId(TableFixture::OptiPlex), devices->rowCount() - 1); // no price: last going down
    devices->setSearchText(QStringLiteral("Dell"));
    QCOMPARE(devices->rowOfId(TableFixture::Ipad), -1);
    QVERIFY(devices->rowOfId(TableFixture::OptiPlex) >= 0);
    QCOMPARE(devices->rowOfId(999999), -1);
}

void TestEntityTableModel::lazyPages()
{
    QVERIFY(TableFixture::addDevices(m_session->db(), 1000));
    auto devices = makeModel(EntityKind::Device);
    QCOMPARE(devices->rowCount(), 1005);
    // BIG-... sorts before DU-... and KC-...
    const int inventory = devices->columnOf(QStringLiteral("inventory_number"));
    QCOMPARE(devices->index(999, inventory).data().toString(), QStringLiteral("BIG-000999"));
    QCOMPARE(devices->index(1004, inventory).data().toString(), QStringLiteral("KC-0002"));
    QCOMPARE(devices->index(300, inventory).data().toString(), QStringLiteral("BIG-000300"));
    QCOMPARE(devices->index(0, inventory).data().toString(), QStringLiteral("BIG-000000"));
    QVERIFY(!devices->index(1005, inventory).isValid());
}

void TestEntityTableModel::editWritesThroughRecordStore()
{
    auto devices = makeModel(EntityKind::Device);
    const int row = devices->rowOfId(TableFixture::ThinkPad);
    QVERIFY(devices->setData(devices->index(row, devices->columnOf(QStringLiteral("manufacturer"))), QStringLiteral("Lenovo Group")));
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT manufacturer FROM device WHERE id = 2")).toString(), QStringLiteral("Lenovo Group"));
    QVERIFY(devices->setData(devices->index(row, devices->columnOf(QStringLiteral("price_cents"))), 99900));
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT price_cents FROM device WHERE id = 2")).toLongLong(), 99900);
    QCOMPARE(devices->index(devices->rowOfId(TableFixture::ThinkPad), devices->columnOf(QStringLiteral("price_cents"))).data().toString(),
             QStringLiteral("999,00 €"));
    QVERIFY(devices->setData(devices->index(devices->rowOfId(TableFixture::ThinkPad), devices->columnOf(QStringLiteral("school_id"))),
                             qint64(TableFixture::GrundschuleNord)));
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT school_id FROM device WHERE id = 2")).toLongLong(), 2);
    QCOMPARE(devices->index(devices->rowOfId(TableFixture::ThinkPad), devices->columnOf(QStringLiteral("school_id"))).data().toString(),
             QStringLiteral("Grundschule Nord"));
    // Setting the value it has already writes nothing.
    QVERIFY(devices->setData(devices->index(devices->rowOfId(TableFixture::ThinkPad), devices->columnOf(QStringLiteral("price_cents"))), 99900));
    QCOMPARE(m_session->stack().count(), 3);
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'device' AND record_key = '2'")).toInt(), 3);

    auto contracts = makeModel(EntityKind::SupportContract);
    const QModelIndex renewal = contracts->index(contracts->rowOfId(1), contracts->columnOf(QStringLiteral("auto_renewal")));
    QVERIFY(contracts->setData(renewal, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT auto_renewal FROM support_contract WHERE id = 1")).toInt(), 0);
    // A computed column takes no input.
    QVERIFY(!contracts->setData(contracts->index(0, contracts->columnOf(QStringLiteral("authority_id")) + 1), QDate(2030, 1, 1)));
}

void TestEntityTableModel::validationMessages_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    const int device = int(EntityKind::Device);
    QTest::newRow("duplicate inventory number") << device << qint64(2) << "inventory_number" << QVariant("KC-0001")
                                                << "Inventarnummer „KC-0001“ ist bereits bei einem anderen Datensatz vergeben.";
    QTest::newRow("school number not 6 digits") << int(EntityKind::School) << qint64(1) << "school_number" << QVariant("12345")
                                                << "Schulnummer muss genau 6 Ziffern haben, nicht „12345“.";
    QTest::newRow("end before start") << device << qint64(1) << "warranty_end" << QVariant("2020-01-01")
                                      << "Garantieende darf nicht vor Anschaffungsdatum liegen.";
    QTest::newRow("start after end") << device << qint64(1) << "acquired_on" << QVariant("2026-01-01")
                                     << "Garantieende darf nicht vor Anschaffungsdatum liegen.";
    QTest::newRow("negative price") << device << qint64(1) << "price_cents" << QVariant(qint64(-500))
                                    << "Preis darf nicht negativ sein.";
    QTest::newRow("price not a number") << device << qint64(1) << "price_cents" << QVariant("viel")
                                        << "Preis muss eine Zahl sein, nicht „viel“.";
    QTest::newRow("required") << device << qint64(1) << "inventory_number" << QVariant()
                              << "Inventarnummer ist ein Pflichtfeld.";
    QTest::newRow("not a date") << device << qint64(1) << "acquired_on" << QVariant("31.02.2024")
                                << "Anschaffungsdatum ist kein gültiges Datum: „31.02.2024“.";
    QTest::newRow("out of range") << int(EntityKind::School) << qint64(1) << "pupils" << QVariant(20000)
                                  << "Schülerzahl muss zwischen 0 und 10.000 liegen.";
    QTest::newRow("unknown school") << device << qint64(1) << "school_id" << QVariant("Gesamtschule West")
                                    << "Schule: „Gesamtschule West“ ist kein Datensatz.";
}

void TestEntityTableModel::validationMessages()
{
    QFETCH(int, entity);
    QFETCH(qint64, id);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    auto model = makeModel(EntityKind(entity));
    const QString table = model->entity().table;
    const QString before = scalar(m_session->db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(field, table).arg(id)).toString();
    QSignalSpy refused(model.get(), &EntityTableModel::validationFailed);
    const QModelIndex index = model->index(model->rowOfId(id), model->columnOf(field));
    QVERIFY(!model->setData(index, value));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(1).toString(), message);
    QCOMPARE(index.data(EntityTableModel::ValidationMessageRole).toString(), message);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), message);
    QVERIFY(index.data(Qt::BackgroundRole).isValid());
    // The input stays in the cell to be corrected; nothing was saved.
    QCOMPARE(index.data(Qt::EditRole), value);
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(field, table).arg(id)).toString(), before);
    QCOMPARE(m_session->stack().count(), 0);
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
}

void TestEntityTableModel::refusedInputCanBeCorrectedOrDiscarded()
{
    auto devices = makeModel(EntityKind::Device);
    const QModelIndex price = devices->index(devices->rowOfId(TableFixture::Ipad), devices->columnOf(QStringLiteral("price_cents")));
    QVERIFY(!devices->setData(price, qint64(-100)));
    QCOMPARE(price.data().toString(), QStringLiteral("-1,00 €"));
    QCOMPARE(price.data(EntityTableModel::StoredValueRole).toLongLong(), 45900);
    QVERIFY(devices->setData(price, qint64(100)));
    QVERIFY(price.data(EntityTableModel::ValidationMessageRole).toString().isEmpty());
    QCOMPARE(scalar(m_session->db(), QStringLiteral("SELECT price_cents FROM device WHERE id = 1")).toLongLong(), 100);

    const QModelIndex number = devices->index(devices->rowOfId(TableFixture::Ipad), devices->columnOf(QStringLiteral("inventory_number")));
    QVERIFY(!devices->setData(number, QStringLiteral("KC-0002")));
    QCOMPARE(number.data().toString(), QStringLiteral("KC-0002"));
    devices->discardPendingInput(number);
    QCOMPARE(number.data().toString(), QStringLiteral("KC-0001"));
    QVERIFY(number.data(EntityTableModel::ValidationMessageRole).toString().isEmpty());
}

void TestEntityTableModel::followsCommittedChanges()
{
    auto devices = makeModel(EntityKind::Device);
    const QPersistentModelIndex thinkPad = devices->index(devices->rowOfId(TableFixture::ThinkPad), 0);
    // Another part of the program renames a device so that it sorts first: the row moves and
    // the persistent index follows its record.
    RecordStore store(m_session->db());
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::Device), TableFixture::ThinkPad,
                         {{QStringLiteral("inventory_number"), QStringLiteral("AA-0001")}}).ok());
    QCOMPARE(devices->index(0, 0).data().toString(), QStringLiteral("AA-0001"));
    QCOMPARE(thinkPad.row(), 0);
    QCOMPARE(thinkPad.data(EntityTableModel::RecordIdRole).toLongLong(), qint64(TableFixture::ThinkPad));

    // A school's new name shows in the device table.
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::School), TableFixture::AnneFrank,
                         {{QStringLiteral("name"), QStringLiteral("Anne-Frank-Gymnasium Coesfeld")}}).ok());
    QCOMPARE(devices->index(devices->rowOfId(TableFixture::Ipad), devices->columnOf(QStringLiteral("school_id"))).data().toString(),
             QStringLiteral("Anne-Frank-Gymnasium Coesfeld"));

    // Added and deleted records change the row count.
    QSignalSpy reset(devices.get(), &QAbstractItemModel::modelReset);
    QVERIFY(store.insert(EntityCatalog::spec(EntityKind::Device),
                         {{QStringLiteral("inventory_number"), QStringLiteral("ZZ-1")}, {QStringLiteral("category"), QStringLiteral("pc")},
                          {QStringLiteral("school_id"), 1}, {QStringLiteral("status"), QStringLiteral("in_use")}}).ok());
    QCOMPARE(devices->rowCount(), 6);
    QCOMPARE(devices->unfilteredCount(), 6);
    QVERIFY(store.remove(EntityCatalog::spec(EntityKind::Device), TableFixture::GalaxyTab).ok());
    QCOMPARE(devices->rowCount(), 5);
    QCOMPARE(reset.count(), 2);
}

void TestEntityTableModel::searchOnHundredThousandDevices()
{
    QVERIFY(TableFixture::addDevices(m_session->db(), 99995));
    auto devices = makeModel(EntityKind::Device);
    QCOMPARE(devices->rowCount(), 100000);
    // BIG-012340 ... BIG-012349.
    devices->setSearchText(QStringLiteral("BIG-01234"));
    QCOMPARE(devices->rowCount(), 10);
    QCOMPARE(devices->index(0, 0).data().toString(), QStringLiteral("BIG-012340"));
    QCOMPARE(devices->index(9, 0).data().toString(), QStringLiteral("BIG-012349"));
    // Every fifth device is a Lenovo (n % 5 == 3): 19,999 of 99,995, and the fixture's ThinkPad.
    devices->setSearchText(QStringLiteral("lenovo"));
    QCOMPARE(devices->rowCount(), 20000);
    QCOMPARE(devices->index(19999, 0).data().toString(), QStringLiteral("KC-0002"));
    // Defective devices (n % 10 == 9) are all Apples (n % 5 == 4); at the Realschule
    // (n % 3 == 2) that leaves n % 30 == 29.
    devices->setSearchText(QStringLiteral("Apple"));
    devices->setFilter(QStringLiteral("status"), QStringLiteral("defective"));
    devices->setFilter(QStringLiteral("school_id"), qint64(TableFixture::RealschuleSued));
    // n in [0, 99995) with n % 30 == 29: 29, 59, ..., 99989 -> 3,333 devices.
    QCOMPARE(devices->rowCount(), 3333);
    QCOMPARE(devices->index(0, 0).data().toString(), QStringLiteral("BIG-000029"));
    QCOMPARE(devices->index(3332, 0).data().toString(), QStringLiteral("BIG-099989"));
    devices->setFilter(QStringLiteral("school_id"), QVariant());
    devices->setFilter(QStringLiteral("status"), QVariant());
    devices->setSearchText(QString());
    devices->sort(devices->columnOf(QStringLiteral("price_cents")), Qt::DescendingOrder);
    QCOMPARE(devices->index(0, devices->columnOf(QStringLiteral("price_cents"))).data().toString(), QStringLiteral("3.500,00 €"));
    QCOMPARE(devices->index(1, 0).data().toString(), QStringLiteral("KC-0002"));
    // 100,00 € + 99,994 cents = 1.099,94 € comes next.
    QCOMPARE(devices->index(2, 0).data().toString(), QStringLiteral("BIG-099994"));
    QCOMPARE(devices->index(99999, 0).data().toString(), QStringLiteral("DU-0001"));
    // On screen, a search most rows match shows at once from an estimate and is counted a
    // moment later; fewer matches are counted with the first page, few are listed by id.
    devices->sort(0, Qt::AscendingOrder);
    devices->setDeferredCounting(true);
    QSignalSpy counted(devices.get(), &EntityTableModel::countsChanged);
    devices->setSearchText(QStringLiteral("Modell X"));
    QVERIFY(devices->isCounting());
    QVERIFY(devices->rowCount() > EntityTableModel::SmallResult);
    QCOMPARE(devices->index(0, 0).data().toString(), QStringLiteral("BIG-000000"));
    QTRY_VERIFY(!devices->isCounting());
    QCOMPARE(devices->rowCount(), 99995);
    QCOMPARE(counted.count(), 2);
    QCOMPARE(devices->index(99994, 0).data().toString(), QStringLiteral("BIG-099994"));
    devices->setSearchText(QStringLiteral("Lenovo"));
    QVERIFY(!devices->isCounting());
    QCOMPARE(devices->rowCount(), 20000);
    QCOMPARE(devices->index(19999, 0).data().toString(), QStringLiteral("KC-0002"));
    devices->setSearchText(QStringLiteral("BIG-09999"));
    QVERIFY(!devices->isCounting());
    QCOMPARE(devices->rowCount(), 5);
}

void TestEntityTableModel::typingOnNarrowsButEditsWiden()
{
    auto devices = makeModel(EntityKind::Device);
    devices->setSearchText(QStringLiteral("KC"));
    QCOMPARE(devices->rowCount(), 2);
    devices->setSearchText(QStringLiteral("KC-000"));
    QCOMPARE(devices->rowCount(), 2);
    devices->setSearchText(QStringLiteral("KC-0002"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"KC-0002"}));
    // A record changed to match appears, although typing on had narrowed the matches.
    RecordStore store(m_session->db());
    QVERIFY(store.update(EntityCatalog::spec(EntityKind::Device), TableFixture::OptiPlex,
                         {{QStringLiteral("room"), QStringLiteral("bei KC-0002")}}).ok());
    QCOMPARE(devices->rowCount(), 2);
    // An amount grows into other amounts: "4" (4,00 €) then "45900" finds the iPad's price.
    devices->setSearchText(QStringLiteral("4"));
    devices->setSearchText(QStringLiteral("459"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"KC-0001"}));
    // A new word narrows too, and a shorter text widens again.
    devices->setSearchText(QStringLiteral("KC"));
    devices->setSearchText(QStringLiteral("KC apple"));
    QCOMPARE(column(*devices, QStringLiteral("inventory_number")), QStringList({"KC-0001"}));
    devices->setSearchText(QStringLiteral("KC"));
    QCOMPARE(devices->rowCount(), 3); // with the OptiPlex in the room "bei KC-0002"
}

QTEST_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"

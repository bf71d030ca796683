// SPDX-License-Identifier: EUPL-1.2
// Values of a record someone adds or duplicates: saved at once, then corrected in place.
#include "entitycatalog.h"
#include "recorddefaults.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QTest>

class TestRecordDefaults : public QObject
{
    Q_OBJECT

private slots:
    void newAuthorityIsAMunicipality()
    {
        // A county has one Kreis: a new authority is most likely a municipality.
        TestSupport::TempDatabase temp;
        const EntitySpec &authorities = EntityCatalog::spec(EntityKind::Authority);
        RecordDefaults defaults(temp.db(), authorities);
        const QVariantMap values = defaults.forNew();
        QCOMPARE(values.value(QStringLiteral("kind")).toString(), QStringLiteral("municipality"));
        QCOMPARE(values.value(QStringLiteral("cooperation_phase")).toString(), QStringLiteral("not_yet"));
        QVERIFY(RecordStore(temp.db()).insert(authorities, values).ok());
    }

    void uniqueValuesStayFreeWithinOneOperation()
    {
        TestSupport::TempDatabase temp;
        RecordStore store(temp.db());
        const qint64 authority = store.insert(EntityCatalog::spec(EntityKind::Authority),
            {{"name", "Stadt Olfen"}, {"kind", "town"}, {"cooperation_phase", "participating"}}).id;
        const EntitySpec &schools = EntityCatalog::spec(EntityKind::School);
        const qint64 school = store.insert(schools, {{"school_number", "193001"}, {"name", "Wieschhofschule"},
            {"school_type", "02"}, {"authority_id", authority}, {"pupils", 200}, {"teachers", 14}}).id;
        QVERIFY(school > 0);
        const EntitySpec &devices = EntityCatalog::spec(EntityKind::Device);
        const RecordStore::Result device = store.insert(devices, {{"inventory_number", "OLF-2024-0009"},
                                                                  {"category", "notebook"}, {"status", "in_use"}, {"school_id", school}});
        QVERIFY2(device.ok(), qPrintable(device.message()));
        RecordDefaults defaults(temp.db(), devices);
        const QVariantMap first = defaults.forNew();
        const QVariantMap second = defaults.forNew();
        QCOMPARE(first.value(QStringLiteral("inventory_number")).toString(), QStringLiteral("OLF-2024-0010"));
        QCOMPARE(second.value(QStringLiteral("inventory_number")).toString(), QStringLiteral("OLF-2024-0011"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("in_use"));
        QCOMPARE(first.value(QStringLiteral("school_id")).toLongLong(), school);
    }
};

QTEST_GUILESS_MAIN(TestRecordDefaults)
#include "tst_recorddefaults.moc"

// SPDX-License-Identifier: EUPL-1.2
#include "exportroundtrip.h"

#include "database.h"
#include "democountygenerator.h"
#include "entitycatalog.h"
#include "systemsfixture.h"

#include <QSqlQuery>

namespace ExportRoundTrip {

bool fill(Database &database, Source source)
{
    if (source == Source::SystemsFixture) {
        if (!SystemsFixture::load(database))
            return false;
        // The fixture writes " sophos xgs " with spaces on purpose (the commonality figures
        // must see through them); the program itself stores text trimmed, and so does the
        // import, so the round trip starts from the trimmed form.
        QSqlQuery query(database.connection());
        for (const EntitySpec &entity : EntityCatalog::all()) {
            for (const FieldSpec &field : entity.fields) {
                if (field.kind == FieldKind::Text
                    && !query.exec(QStringLiteral("UPDATE %1 SET %2 = trim(%2)").arg(entity.table, field.column)))
                    return false;
            }
        }
        return true;
    }
    DemoCountyGenerator::Options options;
    options.seed = 7;
    options.devices = 600;
    options.referenceDate = QDate(2026, 3, 15);
    const DatabaseError error = DemoCountyGenerator(options).generate(database);
    if (error)
        qWarning("demo county: %s", qPrintable(error.message));
    return !error;
}

QList<const EntitySpec *> importOrder()
{
    QList<const EntitySpec *> order;
    QList<const EntitySpec *> rest;
    for (const EntitySpec &entity : EntityCatalog::all())
        rest << &entity;
    while (!rest.isEmpty()) {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            bool ready = true;
            for (const FieldSpec &field : rest.at(i)->fields) {
                if (field.kind == FieldKind::ForeignKey && field.reference != rest.at(i)->kind) {
                    const EntitySpec *target = &EntityCatalog::spec(*field.reference);
                    ready = ready && order.contains(target);
                }
            }
            // A contract's file lists the schools it covers by their numbers.
            if (rest.at(i)->kind == EntityKind::SupportContract)
                ready = ready && order.contains(&EntityCatalog::spec(EntityKind::School));
            if (ready) {
                order << rest.takeAt(i);
                break;
            }
        }
    }
    return order;
}

} // namespace ExportRoundTrip

// SPDX-License-Identifier: EUPL-1.2
#include "reportsystemssection.h"

#include "enumcatalog.h"
#include "reportdocument.h"
#include "reportformat.h"
#include "systemscommonality.h"

#include <QSet>

namespace {
using Align = ReportTable::Align;
} // namespace

QString ReportSystemsSection::title() const
{
    return tr("Systems inventory");
}

DatabaseError ReportSystemsSection::write(const ReportContext &context, ReportDocument &document) const
{
    QList<SystemsCommonality::Product> products;
    if (const DatabaseError error = SystemsCommonality::products(context.service, context.filter, products))
        return error;
    if (products.isEmpty()) {
        document.addParagraph(tr("No system has been recorded for the school authorities of this report yet."));
        return DatabaseError::none();
    }

    int systems = 0;
    int shared = 0;
    qint64 costCents = 0;
    QSet<QString> authorities;
    for (const SystemsCommonality::Product &product : std::as_const(products)) {
        systems += product.systems;
        costCents += product.annualCostCents;
        if (product.authorityCount > 1)
            ++shared;
        for (const QString &authority : product.authorities)
            authorities.insert(authority);
    }
    document.addParagraph(tr("%n school authority(ies) have recorded %1 systems of %2 products, from the firewall "
                             "to the learning platform; recorded annual cost together %3. %4 of the products are "
                             "run by more than one authority: candidates for joint procurement and support.",
                             nullptr, int(authorities.size()))
                              .arg(ReportFormat::count(systems), ReportFormat::count(products.size()),
                                   ReportFormat::money(costCents), ReportFormat::count(shared)));

    // The matrix authority x category is too wide for a portrait page; per category the
    // products with their number of authorities say the same in one column.
    ReportTable perCategory(tr("Products per category (number of school authorities)"));
    perCategory.addColumn(tr("Category"), Align::Left, 3);
    perCategory.addColumn(tr("Products"), Align::Left, 7);
    for (const QString &category : EnumCatalog::codes(EnumKind::SystemCategory)) {
        QStringList names;
        for (const SystemsCommonality::Product &product : std::as_const(products)) {
            if (product.category == category)
                names << tr("%1 (%2)").arg(product.product, ReportFormat::count(product.authorityCount));
        }
        if (!names.isEmpty())
            perCategory.addRow(QStringList{EnumCatalog::label(EnumKind::SystemCategory, category),
                                           names.join(QStringLiteral(", "))});
    }
    document.addTable(perCategory);

    document.addHeading(tr("Products several authorities share"), 2);
    ReportTable common(tr("Products run by more than one school authority"));
    common.addColumn(tr("Product"), Align::Left, 3);
    common.addColumn(tr("Category"), Align::Left, 3);
    common.addColumn(tr("Authorities"), Align::Right, 2);
    common.addColumn(tr("Used by"), Align::Left, 6);
    common.addColumn(tr("Annual cost"), Align::Right, 3);
    for (const SystemsCommonality::Product &product : std::as_const(products)) {
        if (product.authorityCount < 2)
            continue; // the list comes most shared first
        common.addRow(QStringList{product.product, EnumCatalog::label(EnumKind::SystemCategory, product.category),
                                  ReportFormat::count(product.authorityCount),
                                  product.authorities.join(QStringLiteral(", ")),
                                  ReportFormat::money(product.annualCostCents)});
    }
    if (common.isEmpty())
        document.addParagraph(tr("No product is run by more than one school authority of this report."));
    else
        document.addTable(common);
    document.addChart(QStringLiteral("systems-commonality"), tr("Products by the number of school authorities using them"),
                      0.75);
    return DatabaseError::none();
}

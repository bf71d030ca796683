// SPDX-License-Identifier: EUPL-1.2
#include "productdetaildialog.h"

#include "enumcatalog.h"
#include "fieldtext.h"
#include "money.h"
#include "statisticsservice.h"
#include "systemscommonality.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setTextAlignment(alignment);
    return cell;
}
} // namespace

ProductDetailDialog::ProductDetailDialog(const StatisticsService &service, const StatisticsFilter &filter,
                                         const QString &category, const QString &productKey,
                                         const QString &productName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 (%2)").arg(productName, EnumCatalog::label(EnumKind::SystemCategory, category)));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("School authority"), tr("School"), tr("Version"), tr("Vendor"),
                                        tr("Operated by"), tr("Licence end"), tr("Annual cost")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
    load(service, filter, category, productKey);
}

QString ProductDetailDialog::summary() const
{
    return m_summary->text();
}

void ProductDetailDialog::load(const StatisticsService &service, const StatisticsFilter &filter,
                               const QString &category, const QString &productKey)
{
    QList<SystemsCommonality::Usage> usages;
    if (const DatabaseError error = SystemsCommonality::usages(service, filter, category, productKey, usages)) {
        m_summary->setText(error.message);
        return;
    }
    QSet<qint64> authorities;
    qint64 totalCents = 0;
    QDate nextEnd;
    QString nextEndAuthority;
    const QDate today = service.referenceDay(filter);
    m_table->setRowCount(int(usages.size()));
    for (int row = 0; row < usages.size(); ++row) {
        const SystemsCommonality::Usage &usage = usages.at(row);
        authorities.insert(usage.authorityId);
        totalCents += usage.annualCostCents;
        if (usage.licenceEnd.isValid() && usage.licenceEnd >= today && (!nextEnd.isValid() || usage.licenceEnd < nextEnd)) {
            nextEnd = usage.licenceEnd;
            nextEndAuthority = usage.authority;
        }
        m_table->setItem(row, Authority, item(usage.authority));
        m_table->setItem(row, School, item(usage.school.isEmpty() ? tr("all schools") : usage.school));
        m_table->setItem(row, Version, item(usage.version));
        m_table->setItem(row, Vendor, item(usage.vendor));
        m_table->setItem(row, OperatedBy, item(usage.operatedBy.isEmpty()
                                                   ? QString()
                                                   : EnumCatalog::label(EnumKind::SystemOperator, usage.operatedBy)));
        QTableWidgetItem *end = item(usage.licenceEnd.isValid() ? FieldText::date(usage.licenceEnd)
                                                                : QStringLiteral("–"));
        // A licence that has run out is marked in words as well as in colour.
        if (usage.licenceEnd.isValid() && usage.licenceEnd < today) {
            end->setText(tr("%1 (ended)").arg(end->text()));
            end->setForeground(QColor(0xB0, 0x00, 0x20));
        }
        m_table->setItem(row, LicenceEnd, end);
        m_table->setItem(row, AnnualCost, item(usage.hasCost ? Money::format(usage.annualCostCents) : QStringLiteral("–"),
                                                Qt::AlignRight | Qt::AlignVCenter));
    }
    QString text = tr("%1 in %2; annual cost together %3.")
                       .arg(tr("Run by %Ln school authority(ies)", nullptr, int(authorities.size())),
                            tr("%Ln installation(s)", nullptr, int(usages.size())), Money::format(totalCents));
    if (nextEnd.isValid())
        text += QLatin1Char(' ') + tr("Next licence end: %1 (%2).")
                                       .arg(FieldText::date(nextEnd), nextEndAuthority);
    m_summary->setText(text);
}

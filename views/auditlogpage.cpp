// SPDX-License-Identifier: EUPL-1.2
#include "auditlogpage.h"

#include "auditlogmodel.h"
#include "clipboardtable.h"
#include "dateedit.h"
#include "entitycatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

AuditLogPage::AuditLogPage(Database &database, QWidget *parent)
    : RecordPage(parent)
    , m_model(new AuditLogModel(database, this))
    , m_view(new QTableView(this))
    , m_table(new QComboBox(this))
    , m_record(new QLineEdit(this))
    , m_user(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
{
    setObjectName(QStringLiteral("page_audit_log"));
    m_table->addItem(tr("All tables"), QString());
    for (const EntitySpec &entity : EntityCatalog::all())
        m_table->addItem(entity.plural(), entity.table);
    m_record->setPlaceholderText(tr("Record number"));
    m_record->setClearButtonEnabled(true);
    m_record->setMaximumWidth(140);
    m_from->setMaximumWidth(130);
    m_to->setMaximumWidth(130);

    auto *filters = new QHBoxLayout;
    auto addFilter = [this, filters](const QString &title, QWidget *widget) {
        auto *label = new QLabel(title, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    };
    addFilter(tr("&Table:"), m_table);
    addFilter(tr("&Record:"), m_record);
    addFilter(tr("&User:"), m_user);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("T&o:"), m_to);
    filters->addStretch(1);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnWidth(AuditLogModel::ChangedAt, fontMetrics().horizontalAdvance(QStringLiteral("31.12.2025 23:59")) + 20);
    m_view->setColumnWidth(AuditLogModel::OldValue, 220);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    refreshUsers();
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_record, &QLineEdit::textChanged, this, &AuditLogPage::applyFilters);
    connect(m_from, &QLineEdit::editingFinished, this, &AuditLogPage::applyFilters);
    connect(m_to, &QLineEdit::editingFinished, this, &AuditLogPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordPage::stateChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::refreshUsers);
}

void AuditLogPage::refreshUsers()
{
    const QString chosen = m_user->currentData().toString();
    const QStringList users = m_model->users();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    for (const QString &user : users)
        m_user->addItem(user, user);
    m_user->setCurrentIndex(std::max(0, m_user->findData(chosen)));
}

void AuditLogPage::applyFilters()
{
    m_model->setFilters(m_table->currentData().toString(), m_record->text(), m_user->currentData().toString(),
                        QDate::fromString(m_from->isoDate(), Qt::ISODate), QDate::fromString(m_to->isoDate(), Qt::ISODate));
}

bool AuditLogPage::hasSelection() const
{
    return m_view->currentIndex().isValid();
}

void AuditLogPage::copySelection()
{
    QList<QStringList> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : selected) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row.row(), column).data().toString();
        rows << cells;
    }
    QApplication::clipboard()->setText(ClipboardTable::format(rows));
}

void AuditLogPage::focusSearch()
{
    m_record->setFocus(Qt::ShortcutFocusReason);
    m_record->selectAll();
}

QString AuditLogPage::statusText() const
{
    return tr("Audit log: %Ln entries", nullptr, m_model->rowCount());
}

void AuditLogPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("auditLog/header"), m_view->horizontalHeader()->saveState());
}

void AuditLogPage::restoreSettings(QSettings &settings)
{
    if (settings.contains(QStringLiteral("auditLog/header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("auditLog/header")).toByteArray());
}

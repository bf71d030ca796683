// SPDX-License-Identifier: EUPL-1.2
#include "schoolchecklist.h"

#include "changenotifier.h"
#include "recordeditor.h"
#include "referencelistmodel.h"
#include "wholerowcheckdelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace {
constexpr int MinimumListHeight = 230;
}

SchoolChecklist::SchoolChecklist(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_schools(new ReferenceListModel(editor.database(), EntityKind::School, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Find a school"));
    m_search->setClearButtonEnabled(true);
    m_list->setMinimumHeight(MinimumListHeight); // about ten schools at a glance
    m_list->setItemDelegate(new WholeRowCheckDelegate(m_list));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &SchoolChecklist::filter);
    connect(m_list, &QListWidget::itemChanged, this, &SchoolChecklist::save);
    connect(m_schools, &QAbstractItemModel::modelReset, this, &SchoolChecklist::reload);
    connect(editor.database().notifier(), &ChangeNotifier::tableChanged, this, [this](const QString &table) {
        // Our own ticks are shown already; undo and other windows' changes are not.
        if (table == QLatin1String("contract_school") && !m_saving)
            reload();
    });
    setContract(0);
}

void SchoolChecklist::setContract(qint64 contractId)
{
    m_contractId = contractId;
    reload();
}

void SchoolChecklist::reload()
{
    m_loading = true;
    const QList<qint64> covered = m_contractId > 0 ? m_editor.store().contractSchools(m_contractId) : QList<qint64>();
    m_list->clear();
    for (int row = 0; row < m_schools->rowCount(); ++row) {
        const QModelIndex index = m_schools->index(row, 0);
        const qint64 id = index.data(ReferenceListModel::RecordIdRole).toLongLong();
        auto *item = new QListWidgetItem(index.data().toString(), m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(covered.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    setEnabled(m_contractId > 0);
    filter(m_search->text());
    updateSummary();
    m_loading = false;
}

void SchoolChecklist::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

QList<qint64> SchoolChecklist::checkedSchools() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void SchoolChecklist::save(QListWidgetItem *)
{
    if (m_loading || m_contractId <= 0)
        return;
    m_saving = true;
    const RecordStore::Result result = m_editor.setContractSchools(m_contractId, checkedSchools());
    m_saving = false;
    if (!result.ok()) {
        emit failed(result.message());
        QMetaObject::invokeMethod(this, &SchoolChecklist::reload, Qt::QueuedConnection); // not inside itemChanged

    }
    updateSummary();
}

void SchoolChecklist::updateSummary()
{
    m_summary->setText(tr("%n school(s) covered", nullptr, int(checkedSchools().size())));
}

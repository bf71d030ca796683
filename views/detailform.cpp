// SPDX-License-Identifier: EUPL-1.2
#include "detailform.h"

#include "auditlogmodel.h"
#include "entitytablemodel.h"
#include "fielddelegate.h"
#include "formdelegate.h"
#include "historyentrydelegate.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "schoolchecklist.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int MinimumChoiceCharacters = 10;
constexpr double MaxLabelShare = 0.42;
}

DetailForm::DetailForm(RecordTableView *view, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_model(view->entityModel())
    , m_mapper(new QDataWidgetMapper(this))
    , m_delegate(new FormDelegate(this))
    , m_title(new QLabel(this))
    , m_history(new AuditLogModel(database, this))
    , m_historyView(new QListView(this))
{
    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(m_delegate);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields follow the pane's width; long titles go above their field.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *fields = new QWidget(scroll);
    auto *form = new QFormLayout(fields);
    scroll->setWidget(fields);
    buildFields(view, form);
    m_fieldsLayout = form;

    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History"), historyBox));
    historyLayout->addWidget(m_historyView, 1);
    m_noHistory = new QLabel(tr("No changes yet."), historyBox);
    m_noHistory->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    historyLayout->addWidget(m_noHistory, 1);
    // One entry in two lines: a narrow pane has no room for six columns.
    m_historyView->setObjectName(QStringLiteral("history"));
    m_historyView->setModel(m_history);
    m_historyView->setModelColumn(AuditLogModel::ChangedAt);
    m_historyView->setItemDelegate(new HistoryEntryDelegate(m_historyView));
    m_historyView->setUniformItemSizes(true);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto showHistoryOrHint = [this] {
        const bool any = m_history->rowCount() > 0;
        m_historyView->setVisible(any);
        m_noHistory->setVisible(!any);
    };
    connect(m_history, &QAbstractItemModel::modelReset, this, showHistoryOrHint);
    connect(m_history, &QAbstractItemModel::rowsInserted, this, showHistoryOrHint);
    connect(m_history, &QAbstractItemModel::rowsRemoved, this, showHistoryOrHint);
    connect(m_history, &QAbstractItemModel::layoutChanged, this, showHistoryOrHint);
    showHistoryOrHint();
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    // Without a record, a hint instead of empty or stale fields.
    m_body = splitter;
    m_noRecordHint = new QLabel(tr("Choose a record in the table to see and edit it here."), this);
    m_noRecordHint->setWordWrap(true);
    m_noRecordHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_noRecordHint, 1);

    connect(m_model, &EntityTableModel::validationFailed, this, &DetailForm::showRefusal);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DetailForm::updateComputedAndMessages);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &DetailForm::updateComputedAndMessages);
    setCurrentIndex({});
}

void DetailForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Where the longest label would take much of a narrow pane, each label goes above its
    // field, so the values get the whole width.
    const bool labelsAbove = m_widestLabel > width() * MaxLabelShare;
    const auto policy = labelsAbove ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    if (m_fieldsLayout && m_fieldsLayout->rowWrapPolicy() != policy)
        m_fieldsLayout->setRowWrapPolicy(policy);
}

void DetailForm::buildFields(RecordTableView *view, QFormLayout *form)
{
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QWidget *fields = form->parentWidget();
    const EntitySpec &entity = m_model->entity();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const TableColumn &tableColumn = m_model->tableColumn(column);
        const QString label = tableColumn.label(entity);
        FieldDelegate *delegate = view->columnDelegate(column);
        if (tableColumn.derived == DerivedColumn::ContractSchools)
            continue; // the check list below shows and edits them
        if (!delegate) {
            auto *value = new QLabel(fields);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            m_computed.insert(column, value);
            form->addRow(label + QLatin1Char(':'), value);
            continue;
        }
        QWidget *editor = delegate->createFormEditor(fields);
        // A list of long choices would otherwise ask for so much width that its row wraps
        // below its label, unlike the other fields; the open list still shows them in full.
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(MinimumChoiceCharacters);
        }
        editor->setObjectName(QStringLiteral("field_") + tableColumn.field(entity)->column);
        m_delegate->setColumnDelegate(column, delegate);
        m_mapper->addMapping(editor, column);
        auto *message = new QLabel(fields);
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color: #b00020;"));
        message->hide();
        auto *box = new QWidget(fields);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(editor);
        boxLayout->addWidget(message);
        m_editors.insert(column, editor);
        m_messages.insert(column, message);
        const bool required = tableColumn.field(entity)->required;
        auto *title = new QLabel((required ? label + QStringLiteral(" *") : label) + QLatin1Char(':'), fields);
        title->setBuddy(editor);
        m_widestLabel = std::max(m_widestLabel, title->sizeHint().width());
        form->addRow(title, box);
    }
    if (entity.kind == EntityKind::SupportContract) {
        m_schools = new SchoolChecklist(m_model->editor(), fields);
        connect(m_schools, &SchoolChecklist::failed, this, &DetailForm::failed);
        form->addRow(QCoreApplication::translate("Field", "Covered schools") + QLatin1Char(':'), m_schools);
    }
}

void DetailForm::setCurrentIndex(const QModelIndex &index)
{
    const bool valid = index.isValid();
    if (valid)
        m_mapper->setCurrentModelIndex(index);
    else
        m_mapper->setCurrentIndex(-1);
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(valid);
    m_body->setVisible(valid);
    m_noRecordHint->setVisible(!valid);
    m_recordId = valid ? index.data(EntityTableModel::RecordIdRole).toLongLong() : 0;
    m_history->setRecord(m_model->entity().table, m_recordId);
    if (m_schools)
        m_schools->setContract(m_recordId);
    updateComputedAndMessages();
}

int DetailForm::currentRow() const
{
    return m_mapper->currentIndex();
}

QWidget *DetailForm::editorFor(const QString &column) const
{
    return m_editors.value(m_model->columnOf(column));
}

QString DetailForm::messageFor(const QString &column) const
{
    const QLabel *label = m_messages.value(m_model->columnOf(column));
    return label && !label->isHidden() ? label->text() : QString();
}

void DetailForm::updateComputedAndMessages()
{
    const int row = m_mapper->currentIndex();
    const bool valid = row >= 0 && row < m_model->rowCount();
    const EntitySpec &entity = m_model->entity();
    if (!valid) {
        m_title->setText(tr("No %1 selected").arg(entity.singular()));
    } else {
        QStringList keys = entity.naturalKeyColumns;
        if (keys.isEmpty())
            keys << (entity.naturalKey.isEmpty() ? entity.displayExpression : entity.naturalKey);
        QStringList names;
        for (const QString &key : std::as_const(keys)) {
            const int keyColumn = m_model->columnOf(key);
            if (keyColumn >= 0)
                names << m_model->index(row, keyColumn).data().toString();
        }
        QString name = names.join(QStringLiteral(" – "));
        // The name people know it by first, its key after it: "Mühlenschule (190565)".
        const int displayColumn = keys.contains(entity.displayExpression) ? -1 : m_model->columnOf(entity.displayExpression);
        const QString display = displayColumn >= 0 ? m_model->index(row, displayColumn).data().toString() : QString();
        if (!display.isEmpty())
            name = name.isEmpty() ? display : QStringLiteral("%1 (%2)").arg(display, name);
        m_title->setText(name.isEmpty() ? entity.singular() : QStringLiteral("%1: %2").arg(entity.singular(), name));
    }
    for (auto it = m_computed.cbegin(); it != m_computed.cend(); ++it)
        it.value()->setText(valid ? m_model->index(row, it.key()).data().toString() : QString());
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString message = valid ? m_model->index(row, it.key()).data(EntityTableModel::ValidationMessageRole).toString()
                                      : QString();
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

void DetailForm::showRefusal(const QModelIndex &index, const QString &message)
{
    if (index.row() != m_mapper->currentIndex())
        return;
    if (QLabel *label = m_messages.value(index.column())) {
        label->setText(message);
        label->show();
    }
}

// SPDX-License-Identifier: EUPL-1.2
#include "conflictdialog.h"

#include "entityspec.h"
#include "recordstore.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const EditConflict &conflict, RecordStore &store, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setWindowTitle(tr("Changed by someone else"));
    const EntitySpec &entity = conflict.entity();

    QString who = conflict.changedBy().isEmpty() ? tr("someone else") : conflict.changedBy();
    const QDateTime when = QDateTime::fromString(conflict.changedAt(), Qt::ISODate);
    const QString intro = when.isValid()
        ? tr("%1 \"%2\" was changed by %3 at %4, after you opened it. Please choose which values to keep.")
              .arg(entity.singular(), conflict.recordName(), who,
                   QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
        : tr("%1 \"%2\" was changed by %3 after you opened it. Please choose which values to keep.")
              .arg(entity.singular(), conflict.recordName(), who);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    const QList<EditConflict::Field> asked = conflict.conflictingFields();
    m_table = new QTableWidget(static_cast<int>(asked.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your value"), tr("Saved by %1").arg(who)});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < asked.size(); ++row) {
        const EditConflict::Field &field = asked.at(row);
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(field.label));
        auto *mine = new QRadioButton(EditConflict::displayText(store, entity, field.column, field.mine), m_table);
        auto *theirs = new QRadioButton(EditConflict::displayText(store, entity, field.column, field.theirs), m_table);
        mine->setObjectName(QStringLiteral("mine:") + field.column);
        theirs->setObjectName(QStringLiteral("theirs:") + field.column);
        auto *group = new QButtonGroup(this);
        group->addButton(mine);
        group->addButton(theirs);
        (field.choice == EditConflict::Choice::Mine ? mine : theirs)->setChecked(true);
        const QString column = field.column;
        connect(mine, &QRadioButton::toggled, this, [this, column](bool checked) {
            updateChoice(column, checked ? EditConflict::Choice::Mine : EditConflict::Choice::Theirs);
        });
        m_table->setCellWidget(row, MineColumn, mine);
        m_table->setCellWidget(row, TheirsColumn, theirs);
    }

    // What is not in question, said in one line each.
    QStringList ownOnly;
    for (const EditConflict::Field &field : conflict.fields()) {
        if (!field.conflicting)
            ownOnly << field.label;
    }
    QStringList othersOnly;
    for (const QString &column : conflict.othersOnlyColumns()) {
        if (const FieldSpec *field = entity.field(column))
            othersOnly << field->label();
    }
    auto *notes = new QLabel(this);
    notes->setObjectName(QStringLiteral("notes"));
    notes->setWordWrap(true);
    QStringList noteLines;
    if (!ownOnly.isEmpty())
        noteLines << tr("Your other changes are saved as well: %1.").arg(ownOnly.join(QStringLiteral(", ")));
    if (!othersOnly.isEmpty())
        noteLines << tr("Also changed meanwhile, and kept: %1.").arg(othersOnly.join(QStringLiteral(", ")));
    notes->setText(noteLines.join(QLatin1Char('\n')));
    notes->setVisible(!noteLines.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Keep all &theirs"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMine"));
    allTheirs->setObjectName(QStringLiteral("allTheirs"));
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(EditConflict::Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(EditConflict::Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_table);
    layout->addWidget(notes);
    layout->addWidget(buttons);
    resize(640, 320);
}

void ConflictDialog::updateChoice(const QString &column, EditConflict::Choice choice)
{
    m_conflict.choose(column, choice);
}

void ConflictDialog::chooseAll(EditConflict::Choice choice)
{
    const QString prefix = choice == EditConflict::Choice::Mine ? QStringLiteral("mine:") : QStringLiteral("theirs:");
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *button = qobject_cast<QRadioButton *>(
            m_table->cellWidget(row, choice == EditConflict::Choice::Mine ? MineColumn : TheirsColumn));
        if (button && button->objectName().startsWith(prefix))
            button->setChecked(true);
    }
    // Fields without a question follow the choice too (e.g. "keep all theirs" writes nothing).
    m_conflict.chooseAll(choice);
}

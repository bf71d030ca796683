// SPDX-License-Identifier: EUPL-1.2
#include "columnmappingdialog.h"

#include "headermatcher.h"
#include "importcoveredschools.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

ColumnMappingDialog::ColumnMappingDialog(const EntitySpec &entity, const CsvSource::Preview &preview,
                                         const ColumnMapping &guess, QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_headers(preview.header)
{
    setWindowTitle(tr("Columns of the file"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose for each column of the file which field of the %1 it fills. "
                                "The file is read as %2 with the delimiter %3.")
                                 .arg(entity.plural(), preview.format.encodingName(), preview.format.delimiterName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const int columns = int(m_headers.size());
    m_table = new QTableWidget(int(preview.rows.size()) + 1, columns, this);
    m_table->setHorizontalHeaderLabels(m_headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    QStringList rowLabels{tr("Field")};
    for (int row = 0; row < preview.rows.size(); ++row) {
        rowLabels << QString::number(row + 1);
        const QStringList &cells = preview.rows.at(row);
        for (int column = 0; column < columns && column < cells.size(); ++column)
            m_table->setItem(row + 1, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setVerticalHeaderLabels(rowLabels);

    // A contract file's covered schools (school numbers) are read by the column's header.
    const int schoolsColumn = ImportCoveredSchools::columnIn(entity, guess);
    for (int column = 0; column < columns; ++column) {
        auto *chooser = new QComboBox(m_table);
        if (column == schoolsColumn) {
            chooser->addItem(tr("(do not import)"), ColumnMapping::Skipped);
            chooser->addItem(tr("Covered schools (school numbers)"), ColumnMapping::Unassigned);
        } else {
            chooser->addItem(tr("(do not import)"), ColumnMapping::Unassigned);
        }
        for (int field = 0; field < entity.fields.size(); ++field) {
            const FieldSpec &spec = entity.fields.at(field);
            chooser->addItem(spec.required ? tr("%1 (required)").arg(spec.label()) : spec.label(), field);
        }
        const int chosen = guess.fieldIndex.value(column, ColumnMapping::Unassigned);
        chooser->setCurrentIndex(chooser->findData(chosen));
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
        m_table->setCellWidget(0, column, chooser);
        m_choosers << chooser;
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check the file"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
    updateMissing();
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping mapping;
    mapping.headers = m_headers;
    for (const QComboBox *chooser : m_choosers)
        mapping.fieldIndex << chooser->currentData().toInt();
    return mapping;
}

void ColumnMappingDialog::setField(int column, int field)
{
    if (QComboBox *chooser = m_choosers.value(column))
        chooser->setCurrentIndex(chooser->findData(field));
}

void ColumnMappingDialog::fieldChosen(int column)
{
    const int field = m_choosers.at(column)->currentData().toInt();
    if (field >= 0) {
        // A field takes the values of one column; the column that had it lets go.
        for (int other = 0; other < m_choosers.size(); ++other) {
            if (other != column && m_choosers.at(other)->currentData().toInt() == field) {
                const QSignalBlocker blocker(m_choosers.at(other));
                m_choosers.at(other)->setCurrentIndex(0);
            }
        }
    }
    updateMissing();
}

void ColumnMappingDialog::updateMissing()
{
    QStringList missing;
    for (int field : HeaderMatcher::missingRequired(m_entity, mapping()))
        missing << m_entity.fields.at(field).label();
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("No column fills %1. New records need the field(s); existing ones keep their value.", nullptr,
                                int(missing.size()))
                                 .arg(missing.join(QStringLiteral(", "))));
}

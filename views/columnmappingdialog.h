// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "columnmapping.h"
#include "csvsource.h"
#include "entityspec.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

// Shows the first rows of a file under its header, with a choice above each column of the
// field it fills (or none), pre-set from the header. A field can be chosen for one column
// only; required fields without a column are named below the table.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const EntitySpec &entity, const CsvSource::Preview &preview, const ColumnMapping &guess,
                        QWidget *parent = nullptr);

    ColumnMapping mapping() const;
    // The choice above a column (for tests): the field's index, or -1 for none.
    void setField(int column, int field);
    QComboBox *chooser(int column) const { return m_choosers.value(column); }

private:
    void fieldChosen(int column);
    void updateMissing();

    const EntitySpec &m_entity;
    QStringList m_headers;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_choosers;
    QLabel *m_missing = nullptr;
};

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "entityspec.h"

#include <QComboBox>

#include <optional>

class Database;
class ReferenceListModel;

// Chooses a referenced record by name: type any part of a school's name or its number and
// pick it from the list that narrows as you type.
class ReferenceCombo : public QComboBox
{
    Q_OBJECT
public:
    // An optional reference gets an empty first entry for "none".
    ReferenceCombo(Database &database, EntityKind target, bool optional, QWidget *parent = nullptr);
    // Shares a list of records (e.g. the one a delegate keeps) instead of loading its own.
    ReferenceCombo(ReferenceListModel *records, QWidget *parent = nullptr);

    ReferenceListModel *records() const { return m_records; }
    // The chosen record; nullopt when empty or when the text names no record.
    std::optional<qint64> selectedId() const;
    void setSelectedId(const QVariant &id);

private:
    void setUp();

    ReferenceListModel *m_records;
};

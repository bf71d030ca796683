// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "enumcatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

// The entities of the inventory. Their descriptions drive the tables, validation,
// import, export and the audit log, so one entity is described once.
enum class EntityKind {
    Authority,
    School,
    Device,
    SupportContract,
    FundingProgram,
    Allocation,
    Measure,
    System,
    MinimumStandard,
};

enum class FieldKind {
    Text,
    Integer,
    Decimal,  // e.g. full-time equivalents; not money
    Money,    // integer cents
    Percent,  // 0..100
    Date,     // ISO text yyyy-MM-dd
    Bool,     // 0/1
    Enum,
    ForeignKey,
    EnumList, // codes of enumKind separated by commas in one text column; empty: none chosen
};

struct FieldSpec
{
    QString column;
    const char *sourceLabel = ""; // English; translated in context "Field"
    FieldKind kind = FieldKind::Text;
    bool required = false;
    bool unique = false;
    std::optional<EnumKind> enumKind;
    std::optional<EntityKind> reference;
    double minimum = std::numeric_limits<double>::lowest();
    double maximum = std::numeric_limits<double>::max();
    QStringList aliases; // more header names an import accepts (German and English)
    // What an empty value means, shown instead of a blank (a system without a school serves
    // all schools of its authority); English, translated in context "Field".
    const char *emptyMeaning = nullptr;
    bool multiline = false; // free text of several lines (notes): a text box in the form

    QString label() const;
    QString emptyText() const; // the translated emptyMeaning, or empty
    bool isNumeric() const;
};

// "earlier" must not lie after "later" when both are set.
struct DateOrder
{
    QString earlier;
    QString later;
};

struct EntitySpec
{
    EntityKind kind;
    QString table;
    QString commandName; // name on the command line, e.g. "devices"
    const char *sourceSingular = "";
    const char *sourcePlural = "";
    QString naturalKey; // column that identifies a record for people and re-imports
    QString displayExpression; // SQL expression over the table naming a record, e.g. name
    QList<FieldSpec> fields;
    QList<DateOrder> dateOrders;
    QList<QString> naturalKeyColumns; // for composite keys (allocation: program, authority)

    QString singular() const;
    QString plural() const;
    const FieldSpec *field(const QString &column) const;
    int fieldIndex(const QString &column) const;
};

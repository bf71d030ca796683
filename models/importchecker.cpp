// SPDX-License-Identifier: EUPL-1.2
#include "importchecker.h"

#include "existingrecords.h"
#include "importcoveredschools.h"
#include "importkey.h"
#include "importvalueconverter.h"
#include "recordvalidator.h"
#include "referenceresolver.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportChecker", text);
}

bool isIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Dates the converter wrote (yyyy-MM-dd) sort as text; only an apparent reversal, an empty
// date or another shape needs the exact comparison.
bool inOrder(const QVariant &earlier, const QVariant &later)
{
    if (RecordValidator::isEmpty(earlier) || RecordValidator::isEmpty(later))
        return true;
    if (earlier.typeId() != QMetaType::QString || later.typeId() != QMetaType::QString)
        return false;
    const QString &a = *static_cast<const QString *>(earlier.constData());
    const QString &b = *static_cast<const QString *>(later.constData());
    return isIsoDate(a) && isIsoDate(b) && a <= b;
}

template<typename Key, typename Answer>
FieldErrors remembered(QHash<Key, FieldErrors> &answers, const Key &key, const Answer &answer)
{
    auto it = answers.constFind(key);
    if (it == answers.cend())
        it = answers.insert(key, answer());
    return it.value();
}
} // namespace

ImportChecker::ImportChecker(const EntitySpec &entity, const ColumnMapping &mapping, ImportValueConverter &converter,
                             const ReferenceResolver &references, const ExistingRecords &existing)
    : m_entity(entity)
    , m_mapping(mapping)
    , m_converter(converter)
    , m_references(references)
    , m_existing(existing)
    , m_keyFields(ImportKey::fields(entity))
    , m_knownValues(entity.fields.size())
    , m_knownNumbers(entity.fields.size())
{
    Q_ASSERT(entity.fields.size() <= 64);
    for (int i = 0; i < entity.fields.size(); ++i) {
        const bool isSoleKey = m_keyFields.size() == 1 && m_keyFields.first() == i;
        if (entity.fields.at(i).unique && !isSoleKey)
            m_uniqueFields << i;
        const FieldSpec &field = entity.fields.at(i);
        if (field.kind == FieldKind::ForeignKey && field.reference == EntityKind::School)
            m_schoolField = i;
        if (field.kind == FieldKind::ForeignKey && field.reference == EntityKind::Authority)
            m_authorityField = i;
    }
    if (m_schoolField < 0 || m_authorityField < 0)
        m_schoolField = m_authorityField = -1;
    for (const DateOrder &order : entity.dateOrders)
        m_dateOrders.append({entity.fieldIndex(order.earlier), entity.fieldIndex(order.later)});
}

QString ImportChecker::schoolOfAnotherAuthority(const QList<QVariant> &values) const
{
    if (m_schoolField < 0 || RecordValidator::isEmpty(values.at(m_schoolField))
        || RecordValidator::isEmpty(values.at(m_authorityField)))
        return {};
    const qint64 authority = m_references.authorityOfSchool(values.at(m_schoolField).toLongLong());
    if (authority == 0 || authority == values.at(m_authorityField).toLongLong())
        return {};
    return QCoreApplication::translate("RecordValidator", "%1 belongs to another school authority.")
        .arg(m_entity.fields.at(m_schoolField).label());
}

bool ImportChecker::sameValue(FieldKind kind, const QVariant &a, const QVariant &b)
{
    const bool emptyA = RecordValidator::isEmpty(a);
    const bool emptyB = RecordValidator::isEmpty(b);
    if (emptyA || emptyB)
        return emptyA == emptyB;
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Money:
    case FieldKind::ForeignKey:
    case FieldKind::Bool:
        return a.toLongLong() == b.toLongLong();
    case FieldKind::Decimal:
    case FieldKind::Percent:
        return std::abs(a.toDouble() - b.toDouble()) < 1e-9;
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Enum:
    case FieldKind::EnumList:
        break;
    }
    return a.toString().trimmed() == b.toString().trimmed();
}

QList<ImportChecker::NotNullColumn> ImportChecker::notNullColumns(const QSqlDatabase &db, const EntitySpec &entity)
{
    QList<NotNullColumn> columns;
    const QSqlRecord record = db.record(entity.table);
    for (int i = 0; i < entity.fields.size(); ++i) {
        const FieldSpec &spec = entity.fields.at(i);
        const QSqlField column = record.field(spec.column);
        if (!column.isValid() || column.requiredStatus() != QSqlField::Required || spec.required)
            continue;
        NotNullColumn notNull;
        notNull.field = i;
        const QString text = column.defaultValue().toString().trimmed();
        notNull.hasDefault = !text.isEmpty();
        bool isNumber = false;
        switch (spec.kind) {
        case FieldKind::Integer:
        case FieldKind::Money:
        case FieldKind::Bool:
            if (const qint64 value = text.toLongLong(&isNumber); isNumber)
                notNull.fallback = value;
            break;
        case FieldKind::Decimal:
        case FieldKind::Percent:
            if (const double value = text.toDouble(&isNumber); isNumber)
                notNull.fallback = value;
            break;
        default:
            break;
        }
        columns << notNull;
    }
    return columns;
}

QString ImportChecker::columnName(int field) const
{
    const int column = m_mapping.columnOf(field);
    if (column >= 0 && column < m_mapping.headers.size() && !m_mapping.headers.at(column).trimmed().isEmpty())
        return m_mapping.headers.at(column).trimmed();
    return m_entity.fields.at(field).label();
}

FieldErrors ImportChecker::validate(int field, const QVariant &value)
{
    const FieldSpec &spec = m_entity.fields.at(field);
    const bool repeats = spec.kind == FieldKind::Enum || spec.kind == FieldKind::Date || spec.kind == FieldKind::Bool
        || spec.kind == FieldKind::ForeignKey;
    if (!repeats || value.isNull())
        return RecordValidator::validateValue(m_entity, spec, value);
    // A file repeats a handful of codes, dates and references; the answer for a value is
    // the same each time (validateValue looks at nothing but the value).
    const auto answer = [&]() { return RecordValidator::validateValue(m_entity, spec, value); };
    // References and yes/no arrive as numbers: no text to build for the lookup.
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return remembered(m_knownNumbers[field], value.toLongLong(), answer);
    return remembered(m_knownValues[field], value.toString(), answer);
}

QString ImportChecker::duplicateMessage(const QList<QVariant> &values, qint64 firstLine) const
{
    const QString line = QLocale().toString(firstLine);
    if (m_keyFields.size() == 1) {
        const FieldSpec &field = m_entity.fields.at(m_keyFields.first());
        return tr("%1 \"%2\" appears more than once in the file (first in line %3).")
            .arg(field.label(), ImportKey::valueText(values.at(m_keyFields.first())), line);
    }
    QStringList labels;
    for (int field : m_keyFields)
        labels << m_entity.fields.at(field).label();
    return tr("This combination of %1 appears more than once in the file (first in line %2).")
        .arg(labels.join(QStringLiteral(", ")), line);
}

bool ImportChecker::check(const CsvRecord &record, ImportRow &row, QList<ImportProblem> &problems)
{
    const int fieldCount = int(m_entity.fields.size());
    row = ImportRow();
    row.line = record.line;
    row.values.resize(fieldCount);
    bool ok = true;
    auto problem = [&](const QString &column, const QString &message) {
        problems.append({record.line, column, message});
        ok = false;
    };

    for (qsizetype extra = m_mapping.headers.size(); extra < record.fields.size(); ++extra) {
        if (!record.fields.at(extra).trimmed().isEmpty()) {
            problem(QString(), tr("The line has %1 fields, but the header names only %2 columns.")
                                   .arg(record.fields.size()).arg(m_mapping.headers.size()));
            break;
        }
    }

    quint64 provided = 0;  // fields the file fills
    quint64 converted = 0; // ... and could read
    for (int column = 0; column < m_mapping.fieldIndex.size(); ++column) {
        const int field = m_mapping.fieldIndex.at(column);
        if (field < 0)
            continue;
        provided |= quint64(1) << field;
        static const QString noCell;
        const ImportValueConverter::Result result = m_converter.convert(
            m_entity.fields.at(field), column < record.fields.size() ? record.fields.at(column) : noCell);
        if (!result.ok()) {
            problem(columnName(field), result.error);
            continue;
        }
        converted |= quint64(1) << field;
        row.values[field] = result.value;
    }

    const QString key = ImportKey::make(m_entity, m_keyFields, row.values);
    bool ambiguous = false;
    row.existing = key.isEmpty() ? nullptr : m_existing.find(key, &ambiguous);
    if (ambiguous)
        problem(columnName(m_keyFields.first()),
                tr("The row fits several existing records; it cannot tell which one to update."));
    if (row.existing) {
        for (int field = 0; field < fieldCount; ++field) {
            const bool fromFile = (provided >> field) & 1U;
            // A reference to a record the import only creates (an authority for an unknown
            // Träger number) does not replace the link an existing record has.
            const bool provisional = m_entity.fields.at(field).kind == FieldKind::ForeignKey
                && row.values.at(field).toLongLong() < 0;
            if (!fromFile || provisional)
                row.values[field] = row.existing->values.at(field);
        }
    }

    for (const NotNullColumn &column : std::as_const(m_notNull)) {
        const int field = column.field;
        const bool unreadable = ((provided >> field) & 1U) && !((converted >> field) & 1U);
        if (unreadable || !RecordValidator::isEmpty(row.values.at(field)))
            continue;
        if (row.existing ? column.fallback.isValid() : column.hasDefault) {
            // A new record gets the default from the database itself.
            if (row.existing)
                row.values[field] = column.fallback;
        } else {
            problem(columnName(field), tr("%1 must not be empty.").arg(m_entity.fields.at(field).label()));
        }
    }

    for (int field = 0; field < fieldCount; ++field) {
        const bool fromFile = (provided >> field) & 1U;
        const bool readable = (converted >> field) & 1U;
        if ((fromFile && readable) || (!fromFile && !row.existing)) {
            // Const, so that walking the (usually empty, shared) answer does not copy it.
            const FieldErrors errors = validate(field, row.values.at(field));
            for (const FieldError &error : errors)
                problem(columnName(field), error.message);
        }
    }
    for (const auto &[earlierField, laterField] : std::as_const(m_dateOrders)) {
        if (inOrder(row.values.at(earlierField), row.values.at(laterField)))
            continue;
        const QDate earlier = QDate::fromString(row.values.at(earlierField).toString(), Qt::ISODate);
        const QDate later = QDate::fromString(row.values.at(laterField).toString(), Qt::ISODate);
        if (earlier.isValid() && later.isValid() && later < earlier)
            problem(columnName(laterField),
                    QCoreApplication::translate("RecordValidator", "%1 must not be before %2.")
                        .arg(m_entity.fields.at(laterField).label(), m_entity.fields.at(earlierField).label()));
    }

    const QString wrongSchool = schoolOfAnotherAuthority(row.values);
    if (!wrongSchool.isEmpty())
        problem(columnName(m_schoolField), wrongSchool);

    if (!key.isEmpty()) {
        const auto seen = m_keysSeen.constFind(key);
        if (seen != m_keysSeen.cend())
            problem(columnName(m_keyFields.first()), duplicateMessage(row.values, seen.value()));
        else
            m_keysSeen.insert(key, record.line);
    }
    for (int field : m_uniqueFields) {
        const QString value = ImportKey::valueText(row.values.at(field));
        if (value.isEmpty())
            continue;
        const qint64 owner = m_existing.idWithValue(field, value);
        QHash<QString, qint64> &seen = m_uniqueSeen[field];
        if (owner != 0 && (!row.existing || owner != row.existing->id))
            problem(columnName(field), QCoreApplication::translate("RecordValidator",
                        "%1 \"%2\" is already used by another record.").arg(m_entity.fields.at(field).label(), value));
        else if (seen.contains(value))
            problem(columnName(field), tr("%1 \"%2\" appears more than once in the file (first in line %3).")
                                           .arg(m_entity.fields.at(field).label(), value,
                                                QLocale().toString(seen.value(value))));
        else
            seen.insert(value, record.line);
    }
    if (m_coveredSchools && !m_coveredSchools->read(record, row, problems))
        ok = false;
    if (!ok)
        return false;

    if (row.existing) {
        for (int field = 0; field < fieldCount; ++field) {
            if (!sameValue(m_entity.fields.at(field).kind, row.existing->values.at(field), row.values.at(field)))
                row.changed |= quint64(1) << field;
        }
        row.action = row.changed || row.schoolsChange ? ImportRow::Action::Update : ImportRow::Action::Unchanged;
    }
    return true;
}

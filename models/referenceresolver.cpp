// SPDX-License-Identifier: EUPL-1.2
#include "referenceresolver.h"

#include "entitycatalog.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReferenceResolver", text);
}

// How records of an entity are named. Numbers are compared as written; names ignore case
// and repeated spaces.
struct KeyColumns
{
    const char *key = nullptr;
    bool keyIsName = false;
    const char *secondKey = nullptr;
    bool secondIsName = false;
};

KeyColumns keyColumns(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Authority:
        return {"name", true, "traeger_number", false};
    case EntityKind::School:
        return {"school_number", false, "name", true};
    case EntityKind::FundingProgram:
        return {"name", true, nullptr, false};
    case EntityKind::SupportContract:
        return {"contract_number", false, nullptr, false};
    case EntityKind::Device:
    case EntityKind::Allocation:
    case EntityKind::Measure:
    case EntityKind::System:
    case EntityKind::MinimumStandard:
        break;
    }
    return {};
}

QString folded(const QString &text, bool isName)
{
    return isName ? text.simplified().toCaseFolded() : text.trimmed();
}

// Ambiguous keys are remembered as id 0, which no record has.
constexpr qint64 AmbiguousId = 0;
} // namespace

void ReferenceResolver::remember(QHash<QString, qint64> &map, const QString &key, qint64 id)
{
    if (key.isEmpty())
        return;
    auto it = map.find(key);
    if (it == map.end())
        map.insert(key, id);
    else if (it.value() != id)
        it.value() = AmbiguousId;
}

DatabaseError ReferenceResolver::load(QSqlDatabase db, EntityKind target)
{
    const KeyColumns columns = keyColumns(target);
    if (!columns.key)
        return {};
    const EntitySpec &entity = EntityCatalog::spec(target);
    QString sql = QStringLiteral("SELECT id, %1").arg(QLatin1String(columns.key));
    if (columns.secondKey)
        sql += QStringLiteral(", %1").arg(QLatin1String(columns.secondKey));
    const bool schools = target == EntityKind::School;
    if (schools)
        sql += QStringLiteral(", authority_id");
    sql += QStringLiteral(" FROM %1").arg(entity.table);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqlErrors::fromSqlError(query.lastError(),
                                       tr("Reading the %1").arg(entity.plural()));
    Target map;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString key = query.value(1).toString();
        map.keyOf.insert(id, key);
        remember(map.byKey, folded(key, columns.keyIsName), id);
        if (columns.secondKey)
            remember(map.bySecondKey, folded(query.value(2).toString(), columns.secondIsName), id);
        if (schools)
            m_schoolAuthority.insert(id, query.value(3).toLongLong());
    }
    m_targets.insert(target, map);
    return {};
}

DatabaseError ReferenceResolver::loadReferencesOf(QSqlDatabase db, const EntitySpec &entity)
{
    for (const FieldSpec &field : entity.fields) {
        if (field.kind != FieldKind::ForeignKey || isLoaded(*field.reference))
            continue;
        if (DatabaseError error = load(db, *field.reference))
            return error;
    }
    return {};
}

ReferenceResolver::Lookup ReferenceResolver::find(EntityKind target, const QString &text) const
{
    const auto it = m_targets.constFind(target);
    if (it == m_targets.cend())
        return {};
    const KeyColumns columns = keyColumns(target);
    const auto byKey = it->byKey.constFind(folded(text, columns.keyIsName));
    if (byKey != it->byKey.cend())
        return {byKey.value() == AmbiguousId ? Match::Ambiguous : Match::Found, byKey.value()};
    return findBySecondKey(target, text);
}

ReferenceResolver::Lookup ReferenceResolver::findBySecondKey(EntityKind target, const QString &text) const
{
    const auto it = m_targets.constFind(target);
    if (it == m_targets.cend())
        return {};
    const KeyColumns columns = keyColumns(target);
    const auto bySecond = it->bySecondKey.constFind(folded(text, columns.secondIsName));
    if (bySecond == it->bySecondKey.cend())
        return {};
    return {bySecond.value() == AmbiguousId ? Match::Ambiguous : Match::Found, bySecond.value()};
}

qint64 ReferenceResolver::authorityOfSchool(qint64 schoolId) const
{
    return m_schoolAuthority.value(schoolId, 0);
}

QString ReferenceResolver::keyText(EntityKind target, qint64 id) const
{
    const auto it = m_targets.constFind(target);
    return it == m_targets.cend() ? QString() : it->keyOf.value(id);
}

void ReferenceResolver::addRecord(EntityKind target, qint64 id, const QString &key, const QString &secondKey)
{
    const KeyColumns columns = keyColumns(target);
    Target &map = m_targets[target];
    map.keyOf.insert(id, key);
    remember(map.byKey, folded(key, columns.keyIsName), id);
    if (columns.secondKey)
        remember(map.bySecondKey, folded(secondKey, columns.secondIsName), id);
}

QString ReferenceResolver::keyColumn(EntityKind target)
{
    const KeyColumns columns = keyColumns(target);
    return columns.key ? QString::fromLatin1(columns.key) : QString();
}

QString ReferenceResolver::notFoundMessage(const FieldSpec &field, const QString &text)
{
    switch (field.reference.value_or(EntityKind::Device)) {
    case EntityKind::School:
        return tr("Unknown school \"%1\": no school has this school number or name.").arg(text);
    case EntityKind::Authority:
        return tr("Unknown school authority \"%1\": no authority has this name or Träger number.").arg(text);
    case EntityKind::FundingProgram:
        return tr("Unknown funding program \"%1\".").arg(text);
    case EntityKind::SupportContract:
        return tr("Unknown support contract number \"%1\".").arg(text);
    case EntityKind::Device:
    case EntityKind::Allocation:
    case EntityKind::Measure:
    case EntityKind::System:
    case EntityKind::MinimumStandard:
        break;
    }
    return tr("%1: \"%2\" is not a record.").arg(field.label(), text);
}

QString ReferenceResolver::ambiguousMessage(const FieldSpec &field, const QString &text)
{
    return tr("%1: \"%2\" fits more than one record. Please write a key that fits only one "
              "(the school number, the contract number or the full name).")
        .arg(field.label(), text);
}

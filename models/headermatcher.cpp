// SPDX-License-Identifier: EUPL-1.2
#include "headermatcher.h"

#include <QCoreApplication>

QString HeaderMatcher::normalize(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar ch : name) {
        const QChar c = ch.toLower();
        switch (c.unicode()) {
        case 0x00E4: // ä
            result += QLatin1String("ae");
            break;
        case 0x00F6: // ö
            result += QLatin1String("oe");
            break;
        case 0x00FC: // ü
            result += QLatin1String("ue");
            break;
        case 0x00DF: // ß
            result += QLatin1String("ss");
            break;
        default:
            if (c.isLetterOrNumber())
                result += c;
        }
    }
    return result;
}

QStringList HeaderMatcher::namesOf(const FieldSpec &field)
{
    QStringList names{normalize(field.column), normalize(QString::fromUtf8(field.sourceLabel)),
                      normalize(field.label())};
    for (const QString &alias : field.aliases)
        names << normalize(alias);
    names.removeDuplicates();
    names.removeAll(QString());
    return names;
}

int HeaderMatcher::fieldFor(const EntitySpec &entity, const QString &header)
{
    const QString wanted = normalize(header);
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < entity.fields.size(); ++i) {
        if (namesOf(entity.fields.at(i)).contains(wanted))
            return i;
    }
    return -1;
}

ColumnMapping HeaderMatcher::guess(const EntitySpec &entity, const QStringList &headers)
{
    // The column name and the labels outrank the aliases: "Budget" is the label of one
    // field and may be an alias of another.
    QList<QStringList> primary;
    QList<QStringList> all;
    for (const FieldSpec &field : entity.fields) {
        primary << QStringList{normalize(field.column), normalize(QString::fromUtf8(field.sourceLabel)),
                               normalize(field.label())};
        all << namesOf(field);
    }
    ColumnMapping mapping;
    mapping.headers = headers;
    for (const QString &header : headers) {
        const QString wanted = normalize(header);
        int chosen = -1;
        for (const QList<QStringList> *names : {&primary, &all}) {
            for (int i = 0; i < names->size() && !wanted.isEmpty() && chosen < 0; ++i) {
                if (names->at(i).contains(wanted) && !mapping.fieldIndex.contains(i))
                    chosen = i;
            }
        }
        mapping.fieldIndex << chosen;
    }
    return mapping;
}

QList<int> HeaderMatcher::missingRequired(const EntitySpec &entity, const ColumnMapping &mapping)
{
    QList<int> missing;
    for (int i = 0; i < entity.fields.size(); ++i) {
        if (entity.fields.at(i).required && !mapping.isMapped(i))
            missing << i;
    }
    return missing;
}

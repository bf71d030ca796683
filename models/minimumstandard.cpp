// SPDX-License-Identifier: EUPL-1.2
#include "minimumstandard.h"

#include "database.h"
#include "enumcatalog.h"
#include "sqlerrors.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("MinimumStandard", text, nullptr, n);
}

template <typename E>
QString codeAt(EnumKind kind, E value)
{
    return EnumCatalog::codes(kind).value(int(value));
}

template <typename E>
std::optional<E> fromCode(EnumKind kind, const QString &code)
{
    const int index = int(EnumCatalog::codes(kind).indexOf(code));
    if (index < 0)
        return std::nullopt;
    return E(index);
}

bool isWhole(double value)
{
    return std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e9;
}

QString bandwidthText(double mbits)
{
    if (mbits >= 1000)
        return QCoreApplication::translate("MinimumStandard", "%1 Gbit/s").arg(MinimumStandard::numberText(mbits / 1000));
    return QCoreApplication::translate("MinimumStandard", "%1 Mbit/s").arg(MinimumStandard::numberText(mbits));
}
} // namespace

bool MinimumStandard::appliesTo(const QString &schoolType) const
{
    return schoolTypes.isEmpty() || schoolTypes.contains(schoolType);
}

bool MinimumStandard::isMet(double value) const
{
    switch (comparison) {
    case Comparison::AtLeast:
        return value >= threshold;
    case Comparison::MoreThan:
        return value > threshold;
    case Comparison::AtMost:
        return value <= threshold;
    case Comparison::LessThan:
        return value < threshold;
    }
    return false;
}

QString MinimumStandard::numberText(double value)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    if (isWhole(value))
        return QLocale().toString(qint64(value));
    // Two decimals at most; trailing zeros dropped.
    QString text = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(1);
    return text;
}

QString MinimumStandard::valueText(Measure measure, double value)
{
    if (std::isinf(value)) {
        return measure == Measure::TeachersPerDevice ? tr("no teacher device") : tr("no device");
    }
    switch (measure) {
    case Measure::BroadbandMbits:
        return bandwidthText(value);
    case Measure::WlanCoveragePercent:
    case Measure::DevicesWithinCyclePercent:
        return tr("%1 %").arg(numberText(value));
    case Measure::PupilsPerDevice:
    case Measure::TeachersPerDevice:
        return numberText(value);
    case Measure::SupportContracts:
    case Measure::MdmSystems:
        return numberText(value);
    }
    return numberText(value);
}

QString MinimumStandard::requirementText() const
{
    const QString comparisonText = EnumCatalog::label(EnumKind::StandardComparison, comparisonCode(comparison));
    const QString number = numberText(threshold);
    const bool whole = isWhole(threshold);
    QString quantity;
    switch (measure) {
    case Measure::BroadbandMbits:
        quantity = bandwidthText(threshold);
        break;
    case Measure::WlanCoveragePercent:
        quantity = tr("%1 % WLAN coverage").arg(number);
        break;
    case Measure::PupilsPerDevice:
        quantity = threshold == 1 ? tr("1 pupil per device") : tr("%1 pupils per device").arg(number);
        break;
    case Measure::TeachersPerDevice:
        quantity = threshold == 1 ? tr("1 teacher per teacher device") : tr("%1 teachers per teacher device").arg(number);
        break;
    case Measure::DevicesWithinCyclePercent:
        quantity = tr("%1 % of devices within their replacement cycle").arg(number);
        break;
    case Measure::SupportContracts:
        quantity = whole ? tr("%n support contract(s)", int(threshold)) : tr("%1 support contracts").arg(number);
        break;
    case Measure::MdmSystems:
        quantity = whole ? tr("%n mobile device management system(s)", int(threshold))
                         : tr("%1 mobile device management systems").arg(number);
        break;
    }
    return tr("%1 %2").arg(comparisonText, quantity);
}

QString MinimumStandard::measureCode(Measure measure)
{
    return codeAt(EnumKind::StandardMeasure, measure);
}

std::optional<MinimumStandard::Measure> MinimumStandard::measureFromCode(const QString &code)
{
    return fromCode<Measure>(EnumKind::StandardMeasure, code);
}

QString MinimumStandard::comparisonCode(Comparison comparison)
{
    return codeAt(EnumKind::StandardComparison, comparison);
}

std::optional<MinimumStandard::Comparison> MinimumStandard::comparisonFromCode(const QString &code)
{
    return fromCode<Comparison>(EnumKind::StandardComparison, code);
}

DatabaseError MinimumStandard::loadAll(const Database &database, QList<MinimumStandard> &out)
{
    out.clear();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, area, measure, comparison, threshold, school_types"
                                   " FROM minimum_standard ORDER BY name, id")))
        return SqlErrors::fromSqlError(query.lastError(),
                                       QCoreApplication::translate("MinimumStandard", "Reading the minimum standards"));
    while (query.next()) {
        const std::optional<Measure> measure = measureFromCode(query.value(3).toString());
        const std::optional<Comparison> comparison = comparisonFromCode(query.value(4).toString());
        if (!measure || !comparison)
            continue;
        MinimumStandard standard;
        standard.id = query.value(0).toLongLong();
        standard.name = query.value(1).toString();
        standard.area = query.value(2).toString();
        standard.measure = *measure;
        standard.comparison = *comparison;
        standard.threshold = query.value(5).toDouble();
        standard.schoolTypes = EnumCatalog::splitList(query.value(6).toString());
        out.append(standard);
    }
    // Areas in the catalogue's order (infrastructure, equipment, support), names within.
    const QStringList areas = EnumCatalog::codes(EnumKind::StandardArea);
    std::stable_sort(out.begin(), out.end(), [&](const MinimumStandard &a, const MinimumStandard &b) {
        return areas.indexOf(a.area) < areas.indexOf(b.area);
    });
    return DatabaseError::none();
}

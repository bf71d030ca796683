// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "democounty.h"
#include "demodevicecatalog.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

class DemoRandom;

// Writes the demo county's devices: spread over the schools by pupils, over the eight years
// before the reference date, with a category mix that suits the kind of school, some paid
// from a funding program and some looked after under a support contract. Draws from its
// own random stream, so the number of devices never changes the rest of the county.
class DemoDeviceWriter
{
public:
    // The database ids of the county's records, index for index.
    struct Ids
    {
        QList<qint64> schools;
        QList<qint64> contracts;
        QList<qint64> programs;
    };
    using Progress = std::function<bool(int done, int total)>;

    DemoDeviceWriter(const DemoCounty &county, Ids ids, quint32 seed, const QDate &referenceDate);

    // Writes `count` devices inside the caller's transaction. A progress callback that
    // returns false stops with a Cancelled error.
    DatabaseError write(QSqlDatabase db, int count, const Progress &progress) const;

private:
    QString statusFor(DemoRandom &random, const QDate &acquired) const;
    QVariant fundingFor(DemoRandom &random, int category, const QString &userGroup, int year) const;
    QVariant contractFor(DemoRandom &random, int school, int category) const;

    const DemoCounty &m_county;
    Ids m_ids;
    quint32 m_seed;
    QDate m_referenceDate;
    QList<DemoDeviceCatalog::Model> m_models;
    // Models per category and acquisition year (index: year - first acquisition year).
    QList<QList<QList<int>>> m_modelsByYear;
    int m_firstYear = 0;
    QList<qint64> m_pupilsUpTo; // running sum of pupils, to pick schools by size
    QList<int> m_programOrder;  // narrowest programs first
    QList<QList<QList<int>>> m_contractsFor; // [school][category] -> contract indexes
};

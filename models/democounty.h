// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The demo county as plain data, before it is written: what DemoCountyPlanner draws from
// the seed and DemoCountyGenerator stores. References between records are indexes into
// the lists here; the database ids are known only after writing.
struct DemoCounty
{
    // Device categories a contract covers or a program funds, as bits.
    enum CategoryBit : int {
        Pc = 1 << 0,
        Notebook = 1 << 1,
        Tablet = 1 << 2,
        Display = 1 << 3,
        Projector = 1 << 4,
        Printer = 1 << 5,
        Server = 1 << 6,
        AccessPoint = 1 << 7,
        Switch = 1 << 8,
        Firewall = 1 << 9,
        Other = 1 << 10,
    };

    struct Authority
    {
        QString name;
        QString kind;
        QString traegerNumber;
        QString contact;
        double itStaffFte = 0;
        QString supportModel;
        QString cooperationPhase;
        QString code; // short prefix of inventory and contract numbers, e.g. "DUL"
    };

    struct School
    {
        QString number;
        QString name;
        QString type;
        int authority = 0;
        QString street;
        QString postalCode;
        QString city;
        int pupils = 0;
        int teachers = 0;
        int broadbandMbits = 0;
        int wlanPercent = 0;
        QString mediaOfficer;
        QString notes;
    };

    struct Contract
    {
        QString number;
        QString vendor;
        QString subject;
        int authority = 0;
        QDate start;
        int initialTermMonths = 12;
        int renewalMonths = 12;
        int noticeMonths = 3;
        bool autoRenewal = true;
        qint64 annualCostCents = 0;
        int responseTimeHours = 0;
        QString notes;
        QList<int> schools;
        int categories = 0; // CategoryBit: the devices it looks after
    };

    struct Program
    {
        QString name;
        QString funder;
        qint64 totalBudgetCents = 0; // the sum of the county's allocations
        double ownSharePercent = 0;
        QDate applicationDeadline;
        QDate spendingDeadline;
        QDate proofOfUseDeadline;
        QDate purposeBindingEnd;
        // Devices acquired in these years may be paid from the program.
        int deviceFromYear = 0;
        int deviceToYear = 0;
        int deviceCategories = 0; // CategoryBit
        QString deviceUserGroup;  // empty: any
        int devicePermille = 0;   // share of the eligible devices it paid for
    };

    struct Allocation
    {
        int program = 0;
        int authority = 0;
        qint64 allocatedCents = 0;
        qint64 appliedCents = 0;
        qint64 approvedCents = 0;
        QDate grantDate;
        qint64 paidOutCents = 0;
        qint64 spentCents = 0;
    };

    struct Measure
    {
        int school = 0;
        int program = 0;
        QString title;
        qint64 amountCents = 0;
        QString status;
    };

    QList<Authority> authorities;
    QList<School> schools;
    QList<Contract> contracts;
    QList<Program> programs;
    QList<Allocation> allocations;
    QList<Measure> measures;
};

// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the demo county's systems inventory is drawn from: products school authorities in
// North Rhine-Westphalia commonly run, by category, and a starting catalogue of common
// minimum standards. Plain data for DemoSystemsPlanner.
namespace DemoSystemsCatalog {

struct Product
{
    QString name;
    QString vendor;
    QStringList versions; // empty: no version worth recording
    int weight = 1;       // how often an authority picks it
    int euroPerSchoolMin = 0; // annual cost per school served; 0 and 0: free of charge
    int euroPerSchoolMax = 0;
    bool licensed = true; // has a licence that ends
};

struct Category
{
    QString code;      // EnumKind::SystemCategory
    int permille = 1000; // share of authorities that run one
    // Authorities whose IT the county runs take the county's product.
    bool sharedWithCountyService = false;
    QList<Product> products;
};

struct Standard
{
    QString name;
    QString area;
    QString measure;
    QString comparison;
    double threshold = 0;
    QString schoolTypes; // codes separated by commas; empty: all
    QString notes;
};

QList<Category> categories();
QList<Standard> standards();

} // namespace DemoSystemsCatalog

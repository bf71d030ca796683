// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandverb.h"

// schulit admin init-roles --database URL
// schulit admin grant USER --role county-office|coordinator|committee [--authority NAME|ID] --database URL
class AdminCommand : public CommandVerb
{
public:
    QString name() const override { return QStringLiteral("admin"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int initRoles(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    int grant(const QCommandLineParser &parser, const QString &user, QTextStream &out, QTextStream &err);
};

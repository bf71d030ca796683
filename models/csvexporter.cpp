// SPDX-License-Identifier: EUPL-1.2
#include "csvexporter.h"

#include "database.h"
#include "exportrows.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvExporter", text);
}

constexpr qsizetype FlushBytes = 1024 * 1024;

const QLocale &germanNumbers()
{
    static const QLocale locale = [] {
        QLocale german(QLocale::German, QLocale::Germany);
        german.setNumberOptions(QLocale::OmitGroupSeparator);
        return german;
    }();
    return locale;
}
} // namespace

QString CsvExporter::quoted(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString result = text;
    result.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

QString CsvExporter::cellText(const ExportCell &cell)
{
    using Type = ExportCell::Type;
    switch (cell.type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return quoted(cell.value.toString());
    case Type::Integer:
        return QString::number(cell.value.toLongLong());
    case Type::Decimal:
        return germanNumbers().toString(cell.value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case Type::Money: {
        const qint64 cents = cell.value.toLongLong();
        const quint64 absolute = cents < 0 ? quint64(-(cents + 1)) + 1 : quint64(cents);
        return QStringLiteral("%1%2,%3").arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(absolute / 100).arg(absolute % 100, 2, 10, QLatin1Char('0'));
    }
    case Type::Date:
        return cell.value.toDate().toString(QStringLiteral("dd.MM.yyyy"));
    case Type::Bool:
        return cell.value.toBool() ? QCoreApplication::translate("ExportValue", "yes")
                                   : QCoreApplication::translate("ExportValue", "no");
    }
    return {};
}

ExportResult CsvExporter::write(Database &database, const ExportRequest &request, const QString &path,
                                const ExportProgress &progress)
{
    ExportResult result;
    ExportRows rows(database, request);
    if (const DatabaseError error = rows.start()) {
        result.error = error.message;
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("\"%1\" cannot be written: %2").arg(path, file.errorString());
        return result;
    }
    QByteArray buffer("\xEF\xBB\xBF");
    QStringList line;
    for (const QString &header : rows.headers())
        line << quoted(header);
    buffer += line.join(QLatin1Char(';')).toUtf8() + "\r\n";

    QList<ExportCell> cells;
    QString text;
    while (rows.next(cells)) {
        text.clear();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(';');
            text += cellText(cells.at(i));
        }
        buffer += text.toUtf8();
        buffer += "\r\n";
        ++result.rows;
        if (buffer.size() >= FlushBytes) {
            if (file.write(buffer) != buffer.size()) {
                result.error = tr("\"%1\" cannot be written: %2").arg(path, file.errorString());
                file.cancelWriting();
                return result;
            }
            buffer.clear();
            if (progress && !progress(result.rows, rows.count())) {
                file.cancelWriting();
                result.cancelled = true;
                return result;
            }
        }
    }
    if (const DatabaseError error = rows.error()) {
        file.cancelWriting();
        result.error = error.message;
        return result;
    }
    if (file.write(buffer) != buffer.size() || !file.commit()) {
        result.error = tr("\"%1\" cannot be written: %2").arg(path, file.errorString());
        return result;
    }
    if (progress)
        progress(result.rows, rows.count());
    return result;
}

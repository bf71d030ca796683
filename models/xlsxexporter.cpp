// SPDX-License-Identifier: EUPL-1.2
#include "xlsxexporter.h"

#include "csvexporter.h"
#include "database.h"
#include "exportrows.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("XlsxExporter", text);
}

constexpr double MinimumWidth = 8;
constexpr double MaximumWidth = 60;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *money = nullptr;
    lxw_format *integer = nullptr;
};

Formats createFormats(lxw_workbook *workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "dd.mm.yyyy");
    formats.money = workbook_add_format(workbook);
    format_set_num_format(formats.money, "#,##0.00 [$\xE2\x82\xAC-407];-#,##0.00 [$\xE2\x82\xAC-407]");
    formats.integer = workbook_add_format(workbook);
    format_set_num_format(formats.integer, "0");
    return formats;
}

// Width in characters as Excel counts them, roughly: the display text of the cell.
double displayWidth(const ExportCell &cell)
{
    switch (cell.type) {
    case ExportCell::Type::Empty:
        return 0;
    case ExportCell::Type::Date:
        return 10;
    case ExportCell::Type::Money:
        return CsvExporter::cellText(cell).size() + 4; // grouping and " €"
    default:
        return CsvExporter::cellText(cell).size();
    }
}

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const ExportCell &cell,
                    const Formats &formats)
{
    using Type = ExportCell::Type;
    switch (cell.type) {
    case Type::Empty:
        return LXW_NO_ERROR;
    case Type::Text: {
        const QByteArray text = cell.value.toString().toUtf8();
        return worksheet_write_string(sheet, row, column, text.constData(), nullptr);
    }
    case Type::Integer:
        return worksheet_write_number(sheet, row, column, double(cell.value.toLongLong()), formats.integer);
    case Type::Decimal:
        return worksheet_write_number(sheet, row, column, cell.value.toDouble(), nullptr);
    case Type::Money:
        return worksheet_write_number(sheet, row, column, double(cell.value.toLongLong()) / 100.0, formats.money);
    case Type::Date: {
        const QDate date = cell.value.toDate();
        lxw_datetime datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, column, &datetime, formats.date);
    }
    case Type::Bool:
        return worksheet_write_boolean(sheet, row, column, cell.value.toBool() ? 1 : 0, nullptr);
    }
    return LXW_NO_ERROR;
}
} // namespace

QString XlsxExporter::sheetName(const QString &title, const QStringList &taken)
{
    QString name = title;
    for (const QChar forbidden : QStringLiteral("[]:*?/\\"))
        name.replace(forbidden, QLatin1Char(' '));
    name = name.simplified().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    const QString base = name;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

ExportResult XlsxExporter::write(Database &database, const QList<ExportRequest> &requests, const QString &path,
                                 const ExportProgress &progress)
{
    ExportResult result;
    // libxlsxwriter writes at close; a temporary name keeps an older file whole until then.
    const QString temporary = path + QStringLiteral(".part");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{LXW_TRUE, const_cast<char *>(tmpdir.constData()), LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(temporaryName.constData(), &options);
    if (!workbook) {
        result.error = tr("\"%1\" cannot be written.").arg(path);
        return result;
    }
    const Formats formats = createFormats(workbook);
    auto abandon = [&](const QString &error) {
        workbook_close(workbook);
        QFile::remove(temporary);
        result.error = error;
        return result;
    };

    qint64 total = 0;
    QStringList names;
    for (const ExportRequest &request : requests) {
        ExportRows rows(database, request);
        if (const DatabaseError error = rows.start())
            return abandon(error.message);
        total += rows.count();
        const QString name = sheetName(rows.title(), names);
        names << name;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        const QStringList headers = rows.headers();
        QList<double> widths;
        for (int column = 0; column < headers.size(); ++column) {
            worksheet_write_string(sheet, 0, lxw_col_t(column), headers.at(column).toUtf8().constData(), formats.header);
            widths << headers.at(column).size() + 3; // room for the filter button
        }
        QList<ExportCell> cells;
        lxw_row_t row = 0;
        while (rows.next(cells)) {
            ++row;
            for (int column = 0; column < cells.size(); ++column) {
                const lxw_error error = writeCell(sheet, row, lxw_col_t(column), cells.at(column), formats);
                if (error != LXW_NO_ERROR)
                    return abandon(tr("\"%1\" cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
                widths[column] = std::max(widths.at(column), displayWidth(cells.at(column)));
            }
            ++result.rows;
            if (progress && result.rows % 256 == 0 && !progress(result.rows, total)) {
                result.cancelled = true;
                workbook_close(workbook);
                QFile::remove(temporary);
                return result;
            }
        }
        if (const DatabaseError error = rows.error())
            return abandon(error.message);
        for (int column = 0; column < widths.size(); ++column)
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                                 std::clamp(widths.at(column) + 1, MinimumWidth, MaximumWidth), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!headers.isEmpty())
            worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(headers.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        result.error = tr("\"%1\" cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
        return result;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        result.error = tr("\"%1\" cannot be replaced; is it open in Excel?").arg(path);
        return result;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        result.error = tr("\"%1\" cannot be written.").arg(path);
        return result;
    }
    if (progress)
        progress(result.rows, total);
    return result;
}

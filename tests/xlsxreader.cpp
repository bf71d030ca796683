// SPDX-License-Identifier: EUPL-1.2
#include "xlsxreader.h"

#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace XlsxReader {

namespace {
QPair<int, int> position(const QString &reference)
{
    int column = 0;
    int i = 0;
    while (i < reference.size() && reference.at(i).isLetter()) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        ++i;
    }
    return {reference.mid(i).toInt() - 1, column - 1};
}

QList<Style> readStyles(const QByteArray &xml)
{
    QHash<int, QString> formats{{0, QString()}, {1, QStringLiteral("0")}, {14, QStringLiteral("mm-dd-yy")}};
    QList<bool> boldFonts;
    QList<Style> styles;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    bool inFont = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (name == QLatin1String("numFmt"))
                formats.insert(reader.attributes().value(QLatin1String("numFmtId")).toInt(),
                               reader.attributes().value(QLatin1String("formatCode")).toString());
            else if (name == QLatin1String("font")) {
                inFont = true;
                boldFonts << false;
            } else if (name == QLatin1String("b") && inFont)
                boldFonts.last() = true;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (name == QLatin1String("xf") && inCellXfs) {
                Style style;
                style.numberFormat = formats.value(reader.attributes().value(QLatin1String("numFmtId")).toInt());
                style.bold = boldFonts.value(reader.attributes().value(QLatin1String("fontId")).toInt());
                styles << style;
            }
        } else if (reader.isEndElement()) {
            if (name == QLatin1String("font"))
                inFont = false;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = false;
        }
    }
    return styles;
}

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            strings << QString();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t") && !strings.isEmpty())
            strings.last() += reader.readElementText();
    }
    return strings;
}

Sheet readSheet(const QByteArray &xml, const QStringList &shared)
{
    Sheet sheet;
    sheet.xml = QString::fromUtf8(xml);
    QXmlStreamReader reader(xml);
    Cell cell;
    QPair<int, int> at;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("c")) {
            at = position(reader.attributes().value(QLatin1String("r")).toString());
            cell = Cell();
            cell.type = reader.attributes().value(QLatin1String("t")).toString();
            if (cell.type.isEmpty())
                cell.type = QStringLiteral("n");
            cell.style = reader.attributes().value(QLatin1String("s")).toInt();
            sheet.cells.insert(at, cell);
            sheet.rowCount = qMax(sheet.rowCount, at.first + 1);
            sheet.columnCount = qMax(sheet.columnCount, at.second + 1);
        } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
            Cell &stored = sheet.cells[at];
            const QString text = reader.readElementText();
            stored.value = stored.type == QLatin1String("s") ? shared.value(text.toInt()) : stored.value + text;
        }
    }
    return sheet;
}
} // namespace

QByteArray part(const QString &path, const QString &member, QString *error)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        *error = QStringLiteral("the unzip tool is missing (packaging/debian-packages.txt lists it)");
        return {};
    }
    QProcess process;
    process.start(unzip, {QStringLiteral("-p"), path, member});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("unzip -p %1 %2 failed: %3").arg(path, member, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

Workbook read(const QString &path)
{
    Workbook workbook;
    const QByteArray book = part(path, QStringLiteral("xl/workbook.xml"), &workbook.error);
    if (!workbook.error.isEmpty())
        return workbook;
    workbook.styles = readStyles(part(path, QStringLiteral("xl/styles.xml"), &workbook.error));
    QString noSharedStrings;
    const QStringList shared = readSharedStrings(part(path, QStringLiteral("xl/sharedStrings.xml"), &noSharedStrings));
    QXmlStreamReader reader(book);
    while (!reader.atEnd() && workbook.error.isEmpty()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("sheet")) {
            const int number = int(workbook.sheets.size()) + 1;
            Sheet sheet = readSheet(part(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number), &workbook.error), shared);
            sheet.name = reader.attributes().value(QLatin1String("name")).toString();
            workbook.sheets << sheet;
        }
    }
    return workbook;
}

} // namespace XlsxReader

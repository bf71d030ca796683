// SPDX-License-Identifier: EUPL-1.2
// The device table of the demo county as people use it: the real EntityPage (model, table
// view, filter bar, detail form), shown and painted after every step.
#include "benchmark.h"

#include "database.h"
#include "entitycatalog.h"
#include "entitypage.h"
#include "entitytablemodel.h"
#include "filterbar.h"
#include "recordeditor.h"
#include "recordtableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>
#include <ctime>

namespace {
// Paints what is on screen now, so the rows shown are really fetched and drawn.
void paint(EntityPage &page)
{
    page.view()->viewport()->repaint();
    QApplication::processEvents();
}

double milliseconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Processor time of the process: on a busy machine the wall-clock figures wait for the
// processor too, these do not.
double cpuMilliseconds()
{
    return std::clock() * 1000.0 / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    static const QRegularExpression line(QStringLiteral("^VmRSS:\\s*(\\d+)\\s*kB"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() / 1024.0 : -1;
}
} // namespace

bool benchTables(BenchContext &context, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral("the table figures need a QApplication");
        return false;
    }
    Database database;
    if (const DatabaseError failure = database.open(context.demoPath)) {
        *error = failure.message;
        return false;
    }
    QUndoStack undoStack;
    RecordEditor editor(database, &undoStack);

    // table_open: from nothing to the first screen of 100,000 devices, painted.
    QElapsedTimer timer;
    const double openCpu = cpuMilliseconds();
    timer.start();
    EntityPage page(editor, EntityCatalog::spec(EntityKind::Device));
    page.resize(1400, 900);
    page.show();
    paint(page);
    context.add(QStringLiteral("table_open"), milliseconds(timer), QStringLiteral("ms"));
    context.add(QStringLiteral("table_open_cpu"), cpuMilliseconds() - openCpu, QStringLiteral("ms"));
    EntityTableModel *model = page.model();
    if (model->rowCount() != context.devices) {
        *error = QStringLiteral("the device table shows %1 rows, not %2").arg(model->rowCount()).arg(context.devices);
        return false;
    }

    // search_keystroke: typing an inventory number letter by letter; each letter filters all
    // devices and paints the first screen of matches (the median keystroke; the slowest too).
    // With many matches the exact count follows in the next turn of the event loop:
    // search_count is that time, after the keystroke's painting.
    const QString typed = model->index(context.devices / 2, 0).data().toString();
    QLineEdit *search = page.filterBar()->searchField();
    QList<double> keystrokes;
    QList<double> keystrokesCpu;
    QList<double> counts;
    for (int length = 1; length <= typed.size(); ++length) {
        const double cpu = cpuMilliseconds();
        timer.start();
        search->setText(typed.left(length));
        page.filterBar()->applySearch();
        page.view()->viewport()->repaint();
        keystrokes << milliseconds(timer);
        // SCHULIT_BENCH_VERBOSE=1 shows which letters cost what.
        if (qEnvironmentVariableIsSet("SCHULIT_BENCH_VERBOSE"))
            qInfo("keystroke %s %.1f ms, %d rows", qPrintable(typed.left(length)), keystrokes.last(), model->rowCount());
        keystrokesCpu << cpuMilliseconds() - cpu;
        timer.start();
        QApplication::processEvents();
        counts << milliseconds(timer);
    }
    if (model->rowCount() < 1 || model->index(0, 0).data().toString() != typed) {
        *error = QStringLiteral("the search for %1 did not find it").arg(typed);
        return false;
    }
    context.add(QStringLiteral("search_keystroke"), median(keystrokes), QStringLiteral("ms"));
    context.add(QStringLiteral("search_keystroke_max"), *std::max_element(keystrokes.cbegin(), keystrokes.cend()),
                QStringLiteral("ms"));
    context.add(QStringLiteral("search_count_max"), *std::max_element(counts.cbegin(), counts.cend()), QStringLiteral("ms"));
    context.add(QStringLiteral("search_keystroke_cpu"), median(keystrokesCpu), QStringLiteral("ms"));
    search->clear();
    page.filterBar()->applySearch();
    paint(page);

    // table_sort: a click on a column title, for several kinds of column; the slowest counts.
    QList<double> sorts;
    QList<double> sortsCpu;
    for (const char *column : {"manufacturer", "school_id", "category", "price_cents", "acquired_on"}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double cpu = cpuMilliseconds();
            timer.start();
            page.view()->sortByColumn(model->columnOf(QString::fromLatin1(column)), order);
            paint(page);
            sorts << milliseconds(timer);
            sortsCpu << cpuMilliseconds() - cpu;
        }
    }
    context.add(QStringLiteral("table_sort"), *std::max_element(sorts.cbegin(), sorts.cend()), QStringLiteral("ms"));
    context.add(QStringLiteral("table_sort_median"), median(sorts), QStringLiteral("ms"));
    context.add(QStringLiteral("table_sort_cpu"), *std::max_element(sortsCpu.cbegin(), sortsCpu.cend()), QStringLiteral("ms"));
    page.view()->sortByColumn(model->columnOf(QStringLiteral("inventory_number")), Qt::AscendingOrder);
    paint(page);

    // scroll_to_end: Ctrl+End in a table of 100,000 rows.
    timer.start();
    page.view()->scrollToBottom();
    paint(page);
    context.add(QStringLiteral("scroll_to_end"), milliseconds(timer), QStringLiteral("ms"));

    context.add(QStringLiteral("table_rss"), residentMegabytes(), QStringLiteral("MB"), 0);
    return true;
}

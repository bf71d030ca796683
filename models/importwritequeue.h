// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "databaseerror.h"
#include "entityspec.h"
#include "importrow.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class BulkWriter;

// Writes the checked rows of an import on a second thread while the file is still being
// read and checked, so that checking and writing share the two halves of the time instead
// of following each other. The rows go over in batches through a short queue (the reader
// waits when the writer falls behind, which keeps the memory small).
// Writing ahead is safe because nothing is visible before the caller commits: when a row
// has a problem and the import must not go ahead, stop() ends the writing and the caller
// rolls the transaction back. Only for a BulkWriter that may be used from another thread
// (BulkWriter::writesOnAnyThread); the caller waits in finish() before it commits.
class ImportWriteQueue
{
public:
    ImportWriteQueue(BulkWriter &writer, const EntitySpec &entity, QString userName);
    ~ImportWriteQueue();
    ImportWriteQueue(const ImportWriteQueue &) = delete;
    ImportWriteQueue &operator=(const ImportWriteQueue &) = delete;

    // `expectedRows` guesses how many rows the whole file will give (from the bytes read so
    // far); it lets the writer set the table's indexes aside before the first row.
    void add(ImportRow &&row, qint64 expectedRows);
    // Nothing more is written; what was written is rolled back by the caller. Called on the
    // reading thread, like add() and finish().
    void stop();
    // Hands over the last rows and waits until all are written. `progress` (rows written,
    // rows in all) is asked now and then while waiting; false stops and sets *cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    DatabaseError finish(const Progress &progress, bool *cancelled);

    static constexpr qsizetype BatchRows = 2048;
    static constexpr size_t QueuedBatches = 4;

private:
    void dispatch(bool last);
    void writeAll(qint64 expectedRows, qint64 expectedInserts);

    BulkWriter &m_writer;
    const EntitySpec &m_entity;
    QString m_userName;
    QList<ImportRow> m_batch; // filled by the reading thread
    qint64 m_rows = 0;        // rows handed over so far
    qint64 m_inserts = 0;     // of them new records
    qint64 m_expectedRows = 0;
    bool m_stopRequested = false; // stop() was called (on the reading thread)
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ImportRow>> m_queue; // guarded by m_mutex
    bool m_last = false;                  // no more batches will come
    bool m_stopped = false;               // stop writing now
    bool m_done = false;                  // the writing thread has ended
    qint64 m_written = 0;
    DatabaseError m_error;
};

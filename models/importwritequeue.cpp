// SPDX-License-Identifier: EUPL-1.2
#include "importwritequeue.h"

#include "bulkwriter.h"
#include "importwriter.h"

#include <chrono>

namespace {
constexpr std::chrono::milliseconds ProgressEvery(50);
}

ImportWriteQueue::ImportWriteQueue(BulkWriter &writer, const EntitySpec &entity, QString userName)
    : m_writer(writer)
    , m_entity(entity)
    , m_userName(std::move(userName))
{
    m_batch.reserve(BatchRows);
}

ImportWriteQueue::~ImportWriteQueue()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void ImportWriteQueue::add(ImportRow &&row, qint64 expectedRows)
{
    if (m_stopRequested)
        return;
    ++m_rows;
    if (row.action == ImportRow::Action::Insert)
        ++m_inserts;
    m_expectedRows = std::max(expectedRows, m_rows);
    m_batch.append(std::move(row));
    if (m_batch.size() >= BatchRows)
        dispatch(false);
}

void ImportWriteQueue::stop()
{
    m_stopRequested = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopped = true;
    m_queue.clear();
    m_changed.notify_all();
}

void ImportWriteQueue::dispatch(bool last)
{
    if (!m_thread.joinable() && m_rows > 0) {
        // The share of new records so far tells how many of the expected rows are new.
        const qint64 expectedInserts = m_expectedRows * m_inserts / m_rows;
        m_thread = std::thread(&ImportWriteQueue::writeAll, this, m_expectedRows, expectedInserts);
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < QueuedBatches || m_stopped || m_done; });
    if (!m_stopped && !m_done && !m_batch.isEmpty())
        m_queue.push_back(std::move(m_batch));
    m_last = last;
    m_changed.notify_all();
    lock.unlock();
    m_batch = {};
    m_batch.reserve(BatchRows);
}

DatabaseError ImportWriteQueue::finish(const Progress &progress, bool *cancelled)
{
    *cancelled = false;
    dispatch(true);
    if (!m_thread.joinable())
        return {};
    // Progress whenever more rows are written, the last count included, so that a cancel
    // is possible until the caller commits.
    qint64 reported = -1;
    for (bool done = false; !done;) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait_for(lock, ProgressEvery, [this, reported] { return m_done || m_written != reported; });
        const qint64 written = m_written;
        done = m_done;
        lock.unlock();
        if (written == reported)
            continue;
        reported = written;
        if (progress && !progress(written, m_rows)) {
            stop();
            *cancelled = true;
            m_thread.join();
            return {};
        }
    }
    m_thread.join();
    return m_error;
}

void ImportWriteQueue::writeAll(qint64 expectedRows, qint64 expectedInserts)
{
    ImportWriter importWriter(m_writer, m_userName);
    DatabaseError error = importWriter.prepareFor(m_entity, expectedInserts, expectedRows);
    while (!error) {
        QList<ImportRow> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_last || m_stopped; });
            if (m_stopped || m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        for (const ImportRow &row : std::as_const(batch)) {
            if ((error = importWriter.write(m_entity, row)))
                break;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_written += batch.size();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_error = error;
    m_done = true;
    m_changed.notify_all();
}

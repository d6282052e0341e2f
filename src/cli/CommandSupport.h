// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "cli/HeadlessOptions.h"
#include "cli/HeadlessRunner.h"
#include "common/Result.h"

class QIODevice;
class QSaveFile;

namespace pav::store {
class Database;
}

namespace pav::cli {

// What the crawl, export and re-extract commands share: messages, the crawl-file check and the outputs.
void say(QIODevice* device, const QString& line);
int failWith(Streams streams, int code, const QString& message);

// --resume, --export and --reextract name a file that must already be a crawl: refused, untouched, when it
// is not.
Result<void> checkCrawlFile(const QString& path);

// An export target: standard output, or a file written atomically (QSaveFile), so an interrupted export
// never leaves half a CSV where a good one was.
class Output
{
public:
    Output();
    ~Output();
    Result<void> open(const QString& path, QIODevice* stdOut);
    bool isWanted() const { return m_device != nullptr; }
    QIODevice& device() { return *m_device; }
    Result<void> commit();

private:
    QString m_path;
    QIODevice* m_device = nullptr;
    std::unique_ptr<QSaveFile> m_file;
};

// -o, --links-output and --extract-output, opened before any work so that an unwritable path fails first.
struct Outputs
{
    Output pages;
    Output links;
    Output values;

    Result<void> open(const HeadlessOptions& options, Streams streams);
    Result<void> write(store::Database& db, const HeadlessOptions& options);
};

} // namespace pav::cli

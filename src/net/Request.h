// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pav::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request. Redirects are not followed unless asked: the crawler records every hop itself.
struct Request
{
    enum class Method
    {
        Get,
        Head,
    };

    QString url;
    Method method = Method::Get;
    HeaderList headers;                      // extra request headers, sent in order
    QByteArray userAgent;                    // empty: the client's default
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds timeout{30'000}; // whole transfer; 0 = none
    qint64 maxBodySize = 50LL * 1024 * 1024; // after decompression; larger bodies end with BodyTooLarge
    bool followRedirects = false;
    int maxRedirects = 10;
};

} // namespace pav::net

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

#include "net/FetchError.h"
#include "net/Request.h"

namespace pav::net {

// Where the time of one transfer went; each figure counts from the start of the transfer.
struct Timings
{
    std::chrono::microseconds dns{0};
    std::chrono::microseconds connect{0};
    std::chrono::microseconds tls{0};       // TLS handshake done (0 for plain http)
    std::chrono::microseconds firstByte{0};
    std::chrono::microseconds total{0};
};

// The outcome of a fetch. Failures are values (error != None) with a translated errorText; a response
// can carry both a status and an error, e.g. a body cut off at the size limit.
struct Response
{
    int status = 0;
    HeaderList headers;  // every header of the final response, in order, names as sent
    QByteArray body;     // decoded (Content-Encoding removed)
    QString effectiveUrl;
    QString redirectUrl; // absolute target of a Location header, when there is one
    QByteArray httpVersion; // "1.0", "1.1", "2"
    QString primaryIp;
    Timings timings;
    qint64 bytesReceived = 0; // on the wire, before decoding
    FetchError error = FetchError::None;
    QString errorText;

    bool isOk() const noexcept { return error == FetchError::None; }
    // First value of a header, case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    QByteArray contentType() const { return header("content-type"); }
};

} // namespace pav::net

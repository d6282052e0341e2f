// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/PageRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "crawl/PageAnalysis.h"
#include "net/FetchError.h"
#include "net/Response.h"

namespace pav::crawl {

using store::PageRecord;

namespace {
QString headerLines(const net::HeaderList& headers)
{
    QByteArray lines;
    for (const auto& [name, value] : headers)
        lines += name + ": " + value + '\n';
    return QString::fromUtf8(lines);
}

QString hreflangJson(const QList<html::Hreflang>& alternates)
{
    if (alternates.isEmpty())
        return {};
    QJsonArray array;
    for (const html::Hreflang& alternate : alternates)
        array.append(QJsonObject{{"lang", alternate.language}, {"href", alternate.href}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

PageRecord recordOf(const net::Response& response, int attempts)
{
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    PageRecord page;
    page.status = response.status;
    page.contentType = QString::fromUtf8(response.contentType());
    page.size = response.body.size();
    page.responseMs = duration_cast<milliseconds>(response.timings.total).count();
    page.dnsMs = duration_cast<milliseconds>(response.timings.dns).count();
    page.connectMs = duration_cast<milliseconds>(response.timings.connect).count();
    page.ttfbMs = duration_cast<milliseconds>(response.timings.firstByte).count();
    page.bytesReceived = response.bytesReceived;
    page.ip = response.primaryIp;
    page.httpVersion = QString::fromLatin1(response.httpVersion);
    page.headers = headerLines(response.headers);
    page.xRobotsTag = QString::fromUtf8(response.headerValues("x-robots-tag").join(", "));
    page.redirectUrl = response.redirectUrl;
    page.attempts = attempts;
    if (!response.isOk())
        page.error = response.errorText.isEmpty() ? QString::fromLatin1(net::fetchErrorId(response.error))
                                                  : response.errorText;
    return page;
}

void fillPageFields(PageRecord& page, const PageAnalysis& analysis)
{
    const html::PageFields& fields = analysis.fields;
    page.title = fields.title;
    page.titleCount = fields.titleCount;
    page.metaDescription = fields.metaDescription;
    page.metaDescriptionCount = fields.metaDescriptionCount;
    page.h1 = fields.h1;
    page.h1Count = fields.h1Count;
    page.h2Count = fields.h2Count;
    page.metaRobots = fields.metaRobots;
    page.wordCount = fields.wordCount;
    page.language = fields.language;
    page.canonical = fields.canonical;
    page.canonicalCount = fields.canonicalCount;
    page.hreflang = hreflangJson(fields.hreflang);
    page.encoding = QString::fromLatin1(analysis.encoding);
}

} // namespace pav::crawl

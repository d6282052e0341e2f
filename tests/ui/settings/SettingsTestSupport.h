// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include "crawl/CrawlConfig.h"

namespace pav::test {

// Extraction rules that together set every field of extract::Rule to something but its default, every kind,
// take and matches at least once.
QList<extract::Rule> everyRuleField();
// A config in which every field differs from CrawlConfig's defaults (rules from everyRuleField()).
crawl::CrawlConfig everythingChanged();
// Compact JSON of a config: compares every field and prints readably when a QCOMPARE fails.
QString jsonOf(const crawl::CrawlConfig& config);
// The error message of a failed Result, empty on success: QVERIFY2 evaluates its message even when it passes.
template <typename T> QString failureOf(const Result<T>& result) { return result ? QString() : result.error().message; }

// Stands in for a language whose texts are longer than English (Ukrainian runs ~30% longer): every string of
// the settings dialog comes back 40% longer, so a layout that only fits English shows up.
class LongerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;
};

// Maps the page titles to Ukrainian, to see retranslateUi() at work.
class TitleTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;
};

} // namespace pav::test

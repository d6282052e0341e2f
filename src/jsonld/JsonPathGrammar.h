// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to pav::jsonld: the recursive-descent parser behind parseJsonPath(), split over JsonPathParser.cpp
// (paths, brackets, literals) and JsonPathFilter.cpp (filter expressions). Recursion is bounded by
// MaxFilterNesting; every error records the first failure with its column and unwinds.

#include <memory>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringView>

#include "common/Result.h"
#include "jsonld/JsonPathSteps.h"

namespace pav::jsonld::detail {

inline bool isPathSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

// Characters that end a name written after a dot: syntax, white space and the filter operators.
inline bool endsName(QChar c) { return isPathSpace(c) || QStringView(u".[]()'\",=!<>&|*").contains(c); }

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    { }
    Result<Path> parse();

    // The filter grammar (JsonPathFilter.cpp) and the path grammar (JsonPathParser.cpp) call each other.
    bool steps(std::vector<Step>& out);
    std::unique_ptr<Filter> disjunction();

private:
    bool bracket(Step& step);
    bool unionItem(Step& step);
    bool integer(std::optional<qint64>& out);
    bool quoted(QString& out);
    std::unique_ptr<Filter> conjunction();
    static std::unique_ptr<Filter> combine(Filter::Kind kind, std::unique_ptr<Filter> a, std::unique_ptr<Filter> b);
    std::unique_ptr<Filter> unary();
    std::unique_ptr<Filter> comparison();
    bool operand(Filter::Operand& out);
    bool number(QJsonValue& out);
    Selector nameSelector(const QString& name) const;
    QString readName();
    bool expect(QChar c);
    Error unexpected();
    bool fail(const QString& message, bool withColumn = true);
    std::unique_ptr<Filter> failFilter(const QString& message);
    void skipSpace();

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar(); }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    std::optional<Error> m_error;
};

} // namespace pav::jsonld::detail

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The extraction half of CrawlStore: rules, the values they took, JSON-LD blocks and stored bodies.
#include "store/CrawlStore.h"

namespace pav::store {

Result<void> CrawlStore::replaceRules(const QList<StoredRule>& rules)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    for (const char* sql : {"DELETE FROM extracted", "DELETE FROM extract_rules"}) {
        if (auto done = m_db->exec(sql); !done)
            return done;
    }
    Result<Statement> insert = m_db->prepare("INSERT INTO extract_rules(id, name, definition) VALUES(?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        insert->bind(1, qint64(i + 1)).bind(2, rules[i].name).bindBorrowedUtf8(3, rules[i].definition);
        if (auto done = insert->run(); !done)
            return done;
    }
    return {};
}

Result<QList<StoredRule>> CrawlStore::rules()
{
    Result<Statement> select = m_db->prepare("SELECT name, definition FROM extract_rules ORDER BY id");
    if (!select)
        return select.error();
    QList<StoredRule> rules;
    while (true) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rules.append({select->text(0), select->utf8(1).toByteArray()});
    }
    return rules;
}

Result<void> CrawlStore::saveExtras(qint64 urlId, const PageExtras& extras, bool replaceBody)
{
    if (auto begun = beginIfNeeded(); !begun)
        return begun;
    // A page fetched again (the window's re-crawl) or re-extracted replaces what it had; values of rules that
    // took nothing this time must not linger.
    for (Statement* remove : {&m_deleteValues, &m_deleteJsonLd}) {
        remove->bind(1, urlId);
        if (auto done = remove->run(); !done)
            return done;
    }
    for (qsizetype rule = 0; rule < extras.values.size(); ++rule) {
        const QList<QString>& values = extras.values[rule];
        for (qsizetype index = 0; index < values.size(); ++index) {
            m_insertValue.bind(1, urlId).bind(2, qint64(rule + 1)).bind(3, qint64(index)).bindBorrowed(4, values[index]);
            if (auto done = m_insertValue.run(); !done)
                return done;
        }
    }
    for (qsizetype index = 0; index < extras.jsonLd.size(); ++index) {
        m_insertJsonLd.bind(1, urlId).bind(2, qint64(index)).bindBorrowedUtf8(3, extras.jsonLd[index]);
        if (auto done = m_insertJsonLd.run(); !done)
            return done;
    }
    if (replaceBody && !extras.compressedBody.isEmpty()) {
        m_insertBody.bind(1, urlId).bind(2, extras.compressedBody);
        if (auto done = m_insertBody.run(); !done)
            return done;
    }
    return {};
}

Result<qint64> CrawlStore::storedBodyBytes()
{
    return scalar("SELECT coalesce(sum(length(body)), 0) FROM bodies");
}

} // namespace pav::store

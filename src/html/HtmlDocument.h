// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace pav::html {

// An HTML5 document parsed by Gumbo (the tree a browser would build, however broken the markup).
// Owns Gumbo's output and the UTF-8 bytes it points into; move-only. Safe to build on a worker thread.
class HtmlDocument
{
public:
    explicit HtmlDocument(QByteArray utf8);
    HtmlDocument(HtmlDocument&& other) noexcept;
    HtmlDocument& operator=(HtmlDocument&&) = delete;
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;
    ~HtmlDocument();

    const GumboInternalNode* root() const;

    // Gumbo's tree builder is superlinear in nesting depth (20,000 nested <div>s take 13 s, 40,000 a
    // minute), so, as browsers cap tree depth, a document nesting deeper than this is parsed only up to
    // the point where it does.
    static constexpr int MaxNestingDepth = 1024;
    bool wasTruncated() const noexcept { return m_truncated; }

    // Where `html` first nests deeper than `maxDepth` open elements (a linear estimate that ignores void
    // elements, elements whose end tag is optional, comments and script/style text), or -1.
    static qsizetype depthLimitOffset(QByteArrayView html, int maxDepth);

    // Depth-first, document order, without recursion (hostile pages nest tens of thousands deep).
    // `visit` returns false to skip a node's children.
    void walk(const std::function<bool(const GumboInternalNode*)>& visit) const;

private:
    struct Arena;
    QByteArray m_utf8;
    std::unique_ptr<Arena> m_arena; // Gumbo's memory for ordinary pages; null for huge ones (plain malloc)
    GumboInternalOutput* m_output = nullptr;
    bool m_truncated = false;
};

} // namespace pav::html

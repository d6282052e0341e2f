// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "common/Result.h"
#include "selectors/CssReader.h"
#include "selectors/Selector.h"

namespace pav::selectors {

// Recursive descent over the selector grammar; recursion follows the nesting of :not()/:is()/:has(), which
// is capped, never the length of the text. One parser per text, used once, on any thread.
class SelectorParser : public CssReader
{
public:
    static constexpr qsizetype MaxLength = 16384;
    static constexpr int MaxNesting = 32;
    // The matcher recurses once per compound along a chain of nested selectors, so both caps bound its stack.
    static constexpr int MaxCompounds = 256; // per complex selector
    static constexpr int MaxTotalCompounds = 2048; // in the whole text

    explicit SelectorParser(QStringView text);
    Result<SelectorListData> parse();

private:
    enum class Mode {
        TopLevel, // may end in a pseudo-element
        Nested, // inside :not(), :is(), :where(), the `of` of :nth-child()
        Relative, // inside :has(): each selector may start with a combinator
    };

    bool parseList(Mode mode, std::vector<ComplexSelector>& out);
    bool parseComplex(Mode mode, ComplexSelector& out);
    bool parseCompound(Mode mode, CompoundSelector& out, ComplexSelector& owner, bool& found);
    bool parseAttribute(CompoundSelector& out);
    bool parsePseudoClass(CompoundSelector& out);
    bool parseFunctionalPseudoClass(SimpleSelector& out, const QString& name, qsizetype colon);
    bool parseNestedList(SimpleSelector& out, Mode mode, const QString& name, qsizetype colon);
    bool parseNth(SimpleSelector& out, bool allowOf, const QString& name, qsizetype colon);
    bool parseAnPlusB(AnPlusB& out);
    bool parseLanguages(SimpleSelector& out, const QString& name, qsizetype colon);
    bool parsePseudoElement(Mode mode, ComplexSelector& owner);
    bool startsCompound() const;
    bool closeFunction(const QString& name, qsizetype colon);

    bool countCompound(qsizetype complexStart);

    int m_depth = 0;
    int m_totalCompounds = 0;
    bool m_inHas = false;
    QString m_enclosing; // the functional pseudo-class being parsed, for messages
    std::vector<qsizetype> m_topLevelColumns; // per top-level selector: its pseudo-element's column, or its own
    qsizetype m_pseudoElementPos = -1;
};

} // namespace pav::selectors

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QString>

#include "selectors/SelectorList.h"

namespace pav::selectors {

// The compiled form of a selector list: plain data built once by SelectorParser and then only read, by any
// number of threads at once. Names and values are UTF-8, as Gumbo's are, so matching never converts strings.

enum class Combinator : std::uint8_t {
    Descendant,
    Child,
    NextSibling,
    SubsequentSibling,
};

enum class AttributeOperator : std::uint8_t {
    Exists, // [a]
    Equals, // [a=v]
    Includes, // [a~=v]
    DashMatch, // [a|=v]
    Prefix, // [a^=v]
    Suffix, // [a$=v]
    Substring, // [a*=v]
};

enum class CaseRule : std::uint8_t {
    Default, // case-sensitive, except for HTML's list of attributes whose values are not
    Insensitive, // the `i` flag
    Sensitive, // the `s` flag
};

enum class PseudoClass : std::uint8_t {
    Root,
    Empty,
    FirstChild,
    LastChild,
    OnlyChild,
    FirstOfType,
    LastOfType,
    OnlyOfType,
    NthChild,
    NthLastChild,
    NthOfType,
    NthLastOfType,
    Not,
    Is,
    Where,
    Has,
    Link,
    AnyLink,
    Checked,
    Disabled,
    Enabled,
    Lang,
};

// The an+b of :nth-child() and friends: matches the 1-based positions a*n+b for some n >= 0.
struct AnPlusB
{
    int a = 0;
    int b = 0;
    bool matches(int position) const;
};

struct ComplexSelector;

struct SimpleSelector
{
    enum class Kind : std::uint8_t {
        Type,
        Universal,
        Id,
        Class,
        Attribute,
        Pseudo,
    };

    Kind kind = Kind::Universal;
    QByteArray name; // Type and Attribute: the name as written; Id and Class: the value
    QByteArray lowerName; // Type and Attribute: ASCII-lower-cased, for HTML elements
    int tag = -1; // Type: the GumboTag of lowerName (GUMBO_TAG_UNKNOWN when Gumbo has none)

    AttributeOperator op = AttributeOperator::Exists;
    CaseRule caseRule = CaseRule::Default;
    bool htmlCaseInsensitiveValue = false; // the attribute is on HTML's case-insensitive list
    QByteArray value;

    PseudoClass pseudo = PseudoClass::Root;
    AnPlusB nth;
    std::vector<ComplexSelector> selectors; // :not, :is, :where, :has, and the `of S` of :nth-child
    QList<QByteArray> languages; // :lang, ASCII-lower-cased
};

struct CompoundSelector
{
    Combinator combinator = Combinator::Descendant; // between this compound and the one to its left
    std::vector<SimpleSelector> simples;
};

// Compounds left to right. A relative selector (inside :has) starts with a combinator to the :has element,
// held in compounds.front().combinator.
struct ComplexSelector
{
    std::vector<CompoundSelector> compounds;
    bool isRelative = false;
    PseudoElement pseudoElement = PseudoElement::None;
    QByteArray attributeName; // ::attr(name)
};

struct SelectorListData
{
    std::vector<ComplexSelector> selectors;
    PseudoElement pseudoElement = PseudoElement::None;
    QString attributeName;
    QByteArray attributeNameUtf8;
    QByteArray attributeLowerName;
    QString source;
};

// Whether HTML matches this attribute's values ASCII case-insensitively in selectors ("Selectors" section of
// the HTML standard): `[type=CHECKBOX]` matches type="checkbox" unless the `s` flag is given.
bool isHtmlCaseInsensitiveAttribute(QByteArrayView lowerName);

} // namespace pav::selectors

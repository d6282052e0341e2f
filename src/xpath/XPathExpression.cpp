// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xpath/XPathExpression.h"

#include <atomic>
#include <cmath>
#include <unordered_map>

#include <QCoreApplication>
#include <QLocale>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "xpath/XPathCheck.h"
#include "xpath/XPathContext.h"
#include "xpath/XmlView.h"

namespace pav::xpath {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pav::xpath::XPathExpression)
};

QString fromXml(const xmlChar* text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

// libxml2's reason, in our words: lower case, translatable, and sharper where the position tells more.
QString describe(int code, bool atEnd, QStringView rest)
{
    switch (code) {
    case XPATH_NUMBER_ERROR: return Tr::tr("malformed number");
    case XPATH_UNFINISHED_LITERAL_ERROR: return Tr::tr("unterminated string literal");
    case XPATH_START_LITERAL_ERROR: return Tr::tr("expected a string literal");
    case XPATH_VARIABLE_REF_ERROR: return Tr::tr("expected a variable name after \"$\"");
    case XPATH_UNDEF_VARIABLE_ERROR: return Tr::tr("undefined variable (variables are not supported)");
    case XPATH_INVALID_PREDICATE_ERROR: return atEnd ? Tr::tr("unfinished predicate") : Tr::tr("invalid predicate");
    case XPATH_EXPR_ERROR:
        return atEnd ? Tr::tr("unexpected end of the expression") : Tr::tr("unexpected \"%1\"").arg(rest.left(12));
    case XPATH_UNCLOSED_ERROR: return Tr::tr("missing closing bracket");
    case XPATH_UNKNOWN_FUNC_ERROR: return Tr::tr("unknown function");
    case XPATH_INVALID_OPERAND: return Tr::tr("invalid operand");
    case XPATH_INVALID_TYPE: return Tr::tr("an argument has the wrong type");
    case XPATH_INVALID_ARITY: return Tr::tr("wrong number of arguments");
    case XPATH_INVALID_CTXT_SIZE: return Tr::tr("invalid context size");
    case XPATH_INVALID_CTXT_POSITION: return Tr::tr("invalid context position");
    case XPATH_MEMORY_ERROR: return Tr::tr("out of memory");
    case XPATH_UNDEF_PREFIX_ERROR: return Tr::tr("undefined namespace prefix");
    case XPATH_ENCODING_ERROR: return Tr::tr("invalid character encoding");
    case XPATH_INVALID_CHAR_ERROR: return Tr::tr("a character XML does not allow");
    case XPATH_INVALID_CTXT: return Tr::tr("invalid context");
    case XPATH_STACK_ERROR: return Tr::tr("unbalanced expression");
    case XPATH_FORBID_VARIABLE_ERROR: return Tr::tr("variables are not allowed");
    case XPATH_OP_LIMIT_EXCEEDED: return Tr::tr("the operation limit was reached");
    case XPATH_RECURSION_LIMIT_EXCEEDED: return Tr::tr("the expression nests too deeply");
    default: return Tr::tr("libxml2 error %1").arg(code);
    }
}

Error invalid(const QString& reason, qsizetype column)
{
    if (column > 0)
        return Error {
            ErrorKind::InvalidArgument, Tr::tr("invalid expression at column %1: %2").arg(column).arg(reason)};
    return Error {ErrorKind::InvalidArgument, Tr::tr("invalid expression: %1").arg(reason)};
}

std::atomic<quint64> nextId {1};
} // namespace

struct XPathExpression::Compiled
{
    quint64 id;
    QString text;
    QByteArray utf8;
};

namespace {
// This thread's compiled copies, by expression id. Bounded: a GUI tester compiles a new expression per edit.
class CompiledCache
{
public:
    ~CompiledCache() { clear(); }

    xmlXPathCompExprPtr find(quint64 id) const
    {
        const auto found = m_map.find(id);
        return found == m_map.end() ? nullptr : found->second;
    }

    void insert(quint64 id, xmlXPathCompExprPtr compiled)
    {
        if (m_map.size() >= MaxEntries)
            clear();
        m_map.emplace(id, compiled);
    }

private:
    static constexpr std::size_t MaxEntries = 256;

    void clear()
    {
        for (const auto& [id, compiled] : m_map)
            xmlXPathFreeCompExpr(compiled);
        m_map.clear();
    }

    std::unordered_map<quint64, xmlXPathCompExprPtr> m_map;
};

CompiledCache& compiledCache()
{
    thread_local CompiledCache cache;
    return cache;
}

// Compiles on this thread's context; call with errors quieted.
xmlXPathCompExprPtr compileHere(xmlXPathContextPtr context, const QByteArray& utf8)
{
    prepare(context, nullptr, 0);
    return xmlXPathCtxtCompile(context, reinterpret_cast<const xmlChar*>(utf8.constData()));
}

void appendNodes(QList<html::Match>& out, xmlNodeSetPtr nodes)
{
    if (!nodes)
        return;
    xmlXPathNodeSetSort(nodes); // unions and some axes leave libxml2's sets out of document order
    out.reserve(nodes->nodeNr);
    for (int i = 0; i < nodes->nodeNr; ++i) {
        xmlNodePtr node = nodes->nodeTab[i];
        switch (node->type) {
        case XML_ELEMENT_NODE:
        case XML_TEXT_NODE:
        case XML_COMMENT_NODE:
        case XML_HTML_DOCUMENT_NODE:
        case XML_DOCUMENT_NODE:
            if (node->_private)
                out.append(html::Match {static_cast<const GumboInternalNode*>(node->_private)});
            break;
        case XML_ATTRIBUTE_NODE:
            if (node->_private && node->parent && node->parent->_private) {
                out.append(html::Match {static_cast<const GumboInternalNode*>(node->parent->_private),
                    static_cast<const GumboInternalAttribute*>(node->_private)});
            }
            break;
        case XML_NAMESPACE_DECL:
            out.append(html::Match {nullptr, nullptr, fromXml(reinterpret_cast<xmlNsPtr>(node)->href)});
            break;
        default: break;
        }
    }
}

// XPath 1.0 §4.2 string(): no exponent ever, integers without a fraction, other numbers with as many digits as
// tell them apart from every other double. (libxml2's own string() inside an expression keeps 15 digits and
// switches to exponents past 1e9, so `string(1000000000000)` there gives "1e+12".)
QString formatNumber(double number)
{
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (number == 0)
        return QStringLiteral("0"); // and -0
    if (number == std::trunc(number))
        return QString::number(number, 'f', 0);
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

QList<html::Match> toMatches(xmlXPathObjectPtr result)
{
    QList<html::Match> out;
    switch (result->type) {
    case XPATH_NODESET: appendNodes(out, result->nodesetval); break;
    case XPATH_STRING: out.append(html::Match {nullptr, nullptr, fromXml(result->stringval)}); break;
    case XPATH_NUMBER: out.append(html::Match {nullptr, nullptr, formatNumber(result->floatval)}); break;
    case XPATH_BOOLEAN:
        out.append(html::Match {nullptr, nullptr, result->boolval ? QStringLiteral("true") : QStringLiteral("false")});
        break;
    default: break;
    }
    return out;
}
} // namespace

XPathExpression::XPathExpression(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{ }

Result<XPathExpression> XPathExpression::compile(QStringView text)
{
    if (auto failure = checkShape(text))
        return invalid(failure->reason, failure->column);
    const QByteArray utf8 = text.toUtf8();
    xmlXPathCompExprPtr compiled = nullptr;
    {
        QuietErrors quiet;
        xmlXPathContextPtr context = threadContext();
        if (!context)
            return invalid(describe(XPATH_MEMORY_ERROR, false, {}), 0);
        compiled = compileHere(context, utf8);
        if (!compiled) {
            const XPathFailure failed = failure(context);
            const int offset = qBound(0, failed.offset, int(utf8.size()));
            const QString before = QString::fromUtf8(utf8.constData(), offset);
            const QString rest = QString::fromUtf8(utf8.constData() + offset, utf8.size() - offset).trimmed();
            const int code = failed.code == XPATH_EXPRESSION_OK ? XPATH_EXPR_ERROR : failed.code;
            qsizetype column = before.size() + 1;
            if (code == XPATH_UNFINISHED_LITERAL_ERROR && unterminatedLiteral(text) >= 0)
                column = unterminatedLiteral(text) + 1;
            return invalid(describe(code, rest.isEmpty(), rest), column);
        }
    }
    auto shared = std::make_shared<Compiled>(Compiled {nextId.fetch_add(1), text.toString(), utf8});
    compiledCache().insert(shared->id, compiled);
    if (auto failure = checkNames(text))
        return invalid(failure->reason, failure->column);
    // Whatever else libxml2 leaves to run time (count('x')) shows once the expression runs, even on nothing.
    const XPathExpression expression(std::move(shared));
    const XmlView empty(nullptr);
    if (auto trial = expression.tryEvaluate(empty); !trial && trial.error().kind == ErrorKind::InvalidArgument)
        return trial.error();
    return expression;
}

const QString& XPathExpression::text() const { return m_compiled->text; }

QList<html::Match> XPathExpression::evaluate(const XmlView& view) const { return tryEvaluate(view).valueOr({}); }

Result<QList<html::Match>> XPathExpression::tryEvaluate(const XmlView& view, unsigned long operationLimit) const
{
    if (!view.document())
        return Error {ErrorKind::Internal, describe(XPATH_MEMORY_ERROR, false, {})};
    QuietErrors quiet;
    xmlXPathContextPtr context = threadContext();
    if (!context)
        return Error {ErrorKind::Internal, describe(XPATH_MEMORY_ERROR, false, {})};
    CompiledCache& cache = compiledCache();
    xmlXPathCompExprPtr compiled = cache.find(m_compiled->id);
    if (!compiled) {
        compiled = compileHere(context, m_compiled->utf8);
        if (!compiled) // it compiled on the first thread, so only memory can fail here
            return Error {ErrorKind::Internal, describe(XPATH_MEMORY_ERROR, false, {})};
        cache.insert(m_compiled->id, compiled);
    }
    prepare(context, view.document(), operationLimit);
    xmlXPathObjectPtr result = xmlXPathCompiledEval(compiled, context);
    const XPathFailure failed = failure(context);
    context->doc = nullptr; // the view may die before this thread's next evaluation
    context->node = nullptr;
    if (!result || failed.code != XPATH_EXPRESSION_OK) {
        xmlXPathFreeObject(result);
        if (failed.code == XPATH_OP_LIMIT_EXCEEDED) {
            return Error {
                ErrorKind::TimedOut, Tr::tr("the expression was stopped after %1 operations").arg(operationLimit)};
        }
        return invalid(describe(failed.code == XPATH_EXPRESSION_OK ? XPATH_STACK_ERROR : failed.code, false, {}), 0);
    }
    QList<html::Match> matches = toMatches(result);
    xmlXPathFreeObject(result);
    return matches;
}

} // namespace pav::xpath

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonld/JsonPath.h"

#include <vector>

#include <QJsonArray>
#include <QJsonObject>

#include "jsonld/JsonPathParser.h"

namespace pav::jsonld {

using detail::Filter;
using detail::Path;
using detail::Selector;
using detail::Step;
using Values = QList<QJsonValue>;

struct JsonPath::Compiled
{
    QString text;
    Path path;
};

namespace {

// Every value under `value` and the value itself, parents before children (pre-order); iterative.
void descendantsOrSelf(const QJsonValue& value, Values& out)
{
    std::vector<QJsonValue> stack {value};
    while (!stack.empty()) {
        const QJsonValue current = std::move(stack.back());
        stack.pop_back();
        out.append(current);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            for (auto it = object.end(); it != object.begin();) // reversed, so the first member comes first
                stack.push_back((--it).value());
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            for (qsizetype i = array.size(); i > 0; --i)
                stack.push_back(array.at(i - 1));
        }
    }
}

Values applySteps(const std::vector<Step>& steps, Values current, const QJsonValue& root);

std::optional<double> asNumber(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

bool equal(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a.type() == b.type() && a == b;
}

bool holds(Filter::Op op, const QJsonValue& a, const QJsonValue& b)
{
    if (op == Filter::Op::Equal)
        return equal(a, b);
    const std::optional<double> x = asNumber(a);
    const std::optional<double> y = asNumber(b);
    if (!x || !y)
        return false;
    switch (op) {
    case Filter::Op::Less: return *x < *y;
    case Filter::Op::LessOrEqual: return *x <= *y;
    case Filter::Op::Greater: return *x > *y;
    case Filter::Op::GreaterOrEqual: return *x >= *y;
    case Filter::Op::Equal:
    case Filter::Op::NotEqual: break;
    }
    return false;
}

// An operand's values, arrays also offering their elements.
Values operandValues(const Filter::Operand& operand, const QJsonValue& current, const QJsonValue& root)
{
    if (!operand.path)
        return {operand.literal};
    Values values = applySteps(operand.path->steps, {operand.path->fromRoot ? root : current}, root);
    const qsizetype direct = values.size();
    for (qsizetype i = 0; i < direct; ++i) {
        if (values[i].isArray()) {
            const QJsonArray array = values[i].toArray();
            for (const QJsonValue& element : array)
                values.append(element);
        }
    }
    return values;
}

bool test(const Filter& filter, const QJsonValue& current, const QJsonValue& root)
{
    switch (filter.kind) {
    case Filter::Kind::Exists:
        return !applySteps(filter.left.path->steps, {filter.left.path->fromRoot ? root : current}, root).isEmpty();
    case Filter::Kind::And: return test(*filter.a, current, root) && test(*filter.b, current, root);
    case Filter::Kind::Or: return test(*filter.a, current, root) || test(*filter.b, current, root);
    case Filter::Kind::Not: return !test(*filter.a, current, root);
    case Filter::Kind::Compare: {
        const Values left = operandValues(filter.left, current, root);
        const Values right = operandValues(filter.right, current, root);
        const Filter::Op op = filter.op == Filter::Op::NotEqual ? Filter::Op::Equal : filter.op;
        bool any = false;
        for (const QJsonValue& a : left) {
            for (const QJsonValue& b : right) {
                if ((any = holds(op, a, b)))
                    break;
            }
            if (any)
                break;
        }
        return filter.op == Filter::Op::NotEqual ? !any : any;
    }
    }
    return false;
}

void slice(const QJsonArray& array, const Selector& selector, Values& out)
{
    const qint64 size = array.size();
    const qint64 step = selector.step;
    const auto clamp = [size](qint64 index, qint64 low, qint64 high) {
        if (index < 0)
            index += size;
        return std::clamp(index, low, high);
    };
    if (step > 0) {
        const qint64 start = selector.start ? clamp(*selector.start, 0, size) : 0;
        const qint64 end = selector.end ? clamp(*selector.end, 0, size) : size;
        for (qint64 i = start; i < end; i += step)
            out.append(array.at(i));
    } else {
        const qint64 start = selector.start ? clamp(*selector.start, -1, size - 1) : size - 1;
        const qint64 end = selector.end ? clamp(*selector.end, -1, size - 1) : -1;
        for (qint64 i = start; i > end; i += step)
            out.append(array.at(i));
    }
}

void apply(const Selector& selector, const QJsonValue& value, bool descendant, Values& out, const QJsonValue& root)
{
    switch (selector.kind) {
    case Selector::Kind::Name:
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (const auto found = object.constFind(selector.name); found != object.constEnd())
                out.append(found.value());
        }
        break;
    case Selector::Kind::Index:
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const qint64 index = selector.index < 0 ? selector.index + array.size() : selector.index;
            if (index >= 0 && index < array.size())
                out.append(array.at(index));
        }
        break;
    case Selector::Kind::Slice:
        if (value.isArray())
            slice(value.toArray(), selector, out);
        break;
    case Selector::Kind::Wildcard:
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                out.append(it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue& element : array)
                out.append(element);
        }
        break;
    case Selector::Kind::Filter:
        if (value.isArray() && !descendant) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue& element : array) {
                if (test(*selector.filter, element, root))
                    out.append(element);
            }
        } else if (!value.isArray() && test(*selector.filter, value, root)) {
            // After `..` every array element is itself a visited value, so arrays are not opened again.
            out.append(value);
        }
        break;
    }
}

Values applySteps(const std::vector<Step>& steps, Values current, const QJsonValue& root)
{
    for (const Step& step : steps) {
        if (step.descendant) {
            Values expanded;
            for (const QJsonValue& value : current)
                descendantsOrSelf(value, expanded);
            current = std::move(expanded);
        }
        Values next;
        for (const QJsonValue& value : current) {
            for (const Selector& selector : step.selectors)
                apply(selector, value, step.descendant, next, root);
        }
        current = std::move(next);
        if (current.isEmpty())
            break;
    }
    return current;
}
} // namespace

JsonPath::JsonPath(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{ }

Result<JsonPath> JsonPath::compile(QStringView text)
{
    Result<Path> path = detail::parseJsonPath(text);
    if (!path)
        return path.error();
    return JsonPath(std::make_shared<const Compiled>(Compiled {text.toString(), std::move(*path)}));
}

const QString& JsonPath::text() const { return m_compiled->text; }

QList<QJsonValue> JsonPath::evaluate(const QJsonValue& root) const
{
    return applySteps(m_compiled->path.steps, {root}, root);
}

QList<QJsonValue> JsonPath::evaluate(const QList<JsonLdBlock>& blocks) const
{
    const bool startsWithDescent = !m_compiled->path.steps.empty() && m_compiled->path.steps.front().descendant;
    QList<QJsonValue> out;
    for (const JsonLdBlock& block : blocks) {
        if (!block.isValid)
            continue;
        Values roots;
        if (block.value.isArray()) {
            const QJsonArray array = block.value.toArray();
            for (const QJsonValue& element : array)
                roots.append(element);
        } else {
            roots.append(block.value);
        }
        for (const QJsonValue& root : std::as_const(roots)) {
            out += evaluate(root);
            if (startsWithDescent || !root.isObject())
                continue;
            const QJsonValue graph = root.toObject().value(QStringLiteral("@graph"));
            if (graph.isArray()) {
                const QJsonArray items = graph.toArray();
                for (const QJsonValue& item : items)
                    out += evaluate(item);
            } else if (graph.isObject()) {
                out += evaluate(graph);
            }
        }
    }
    return out;
}

} // namespace pav::jsonld

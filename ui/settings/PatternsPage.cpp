// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/PatternsPage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace pav::ui {

namespace {
// Blank lines are gaps the user left, not patterns: an empty pattern would match every URL.
QStringList patternsOf(const QPlainTextEdit* edit)
{
    QStringList patterns;
    const QStringList lines = edit->toPlainText().split(u'\n');
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            patterns.append(line);
    }
    return patterns;
}

QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share), float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

PatternsPage::PatternsPage(QWidget* parent)
    : SettingsPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_include.isInclude = true;
    for (List* list : { &m_include, &m_exclude }) {
        list->label = new QLabel(this);
        list->label->setWordWrap(true);
        list->edit = new QPlainTextEdit(this);
        list->edit->setObjectName(list->isInclude ? QStringLiteral("include") : QStringLiteral("exclude"));
        list->edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        list->edit->setTabChangesFocus(true);
        list->edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        list->label->setBuddy(list->edit);
        layout->addWidget(list->label);
        layout->addWidget(list->edit, 1);
        connect(list->edit, &QPlainTextEdit::textChanged, this, [this, list] {
            check(*list);
            emit changed();
        });
    }
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    retranslateUi();
}

QString PatternsPage::title() const { return tr("Include and exclude"); }

void PatternsPage::load(const crawl::CrawlConfig& config)
{
    m_include.edit->setPlainText(config.include.join(u'\n'));
    m_exclude.edit->setPlainText(config.exclude.join(u'\n'));
}

void PatternsPage::store(crawl::CrawlConfig& config) const
{
    config.include = patternsOf(m_include.edit);
    config.exclude = patternsOf(m_exclude.edit);
}

QStringList PatternsPage::problems() const { return m_include.problems + m_exclude.problems; }

void PatternsPage::retranslateUi()
{
    m_include.label->setText(tr("&Include only URLs matching (one regular expression per line):"));
    m_include.edit->setToolTip(
        tr("A URL must match at least one of these regular expressions to be crawled; an empty list lets every URL "
           "in scope through (command line: --include, once per pattern)."));
    m_exclude.label->setText(tr("&Exclude URLs matching (one regular expression per line):"));
    m_exclude.edit->setToolTip(
        tr("A URL matching any of these regular expressions is not crawled (command line: --exclude, once per "
           "pattern)."));
    m_note->setText(tr("Patterns are Perl-compatible regular expressions matched anywhere in the full URL, "
                       "for example /blog/ or \\.pdf$."));
    m_include.label->setToolTip(m_include.edit->toolTip());
    m_exclude.label->setToolTip(m_exclude.edit->toolTip());
    // The messages are translated when made: make them again in the new language.
    check(m_include);
    check(m_exclude);
}

void PatternsPage::check(List& list)
{
    list.problems.clear();
    QList<QTextEdit::ExtraSelection> marks;
    // Two marks a bad line: a full-width tint (a collapsed cursor, as Qt's "current line" highlight does) and a
    // wavy underline under its text.
    QTextCharFormat tint;
    tint.setBackground(blend(list.edit->palette().color(QPalette::Base), QColor(Qt::red), 0.2));
    tint.setProperty(QTextFormat::FullWidthSelection, true);
    QTextCharFormat underline;
    underline.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    underline.setUnderlineColor(Qt::red);
    int line = 0;
    for (QTextBlock block = list.edit->document()->begin(); block.isValid(); block = block.next()) {
        ++line;
        const QString pattern = block.text();
        if (pattern.trimmed().isEmpty())
            continue;
        // The same constructor and options as CrawlConfig::validate() and the CLI, so they agree on every line.
        const QRegularExpression re(pattern);
        if (re.isValid())
            continue;
        list.problems.append(problemText(list, line, re.errorString(), re.patternErrorOffset()));
        QTextEdit::ExtraSelection tinted { QTextCursor(block), tint };
        QTextEdit::ExtraSelection underlined { QTextCursor(block), underline };
        underlined.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        marks.append(tinted);
        marks.append(underlined);
    }
    list.edit->setExtraSelections(marks);
}

QString PatternsPage::problemText(const List& list, int line, const QString& reason, qsizetype offset) const
{
    if (list.isInclude)
        return tr("Include list, line %1: invalid regular expression: %2 at position %3.")
            .arg(QString::number(line), reason, QString::number(offset));
    return tr("Exclude list, line %1: invalid regular expression: %2 at position %3.")
        .arg(QString::number(line), reason, QString::number(offset));
}

} // namespace pav::ui

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/details/RuleTesterDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include "extract/RuleTester.h"
#include "ui/details/StoredPage.h"
#include "ui/settings/RulesModel.h"

namespace pav::ui {

namespace {
QComboBox* makeChoices(int column, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (int value = 0; value < RulesModel::choiceCount(column); ++value)
        combo->addItem(QString(), value);
    return combo;
}
} // namespace

RuleTesterDialog::RuleTesterDialog(const QString& crawlFile, qint64 urlId, QWidget* parent)
    : QDialog(parent)
{
    m_pool.setMaxThreadCount(1); // trials in order; a stale one is skipped before it starts
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("pageUrl"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setWordWrap(true);

    m_kind = makeChoices(RulesModel::Kind, this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("expression"));
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_take = makeChoices(RulesModel::Take, this);
    m_take->setObjectName(QStringLiteral("take"));
    m_attribute = new QLineEdit(this);
    m_attribute->setObjectName(QStringLiteral("attribute"));
    m_matches = makeChoices(RulesModel::Matches, this);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_searchText = new QCheckBox(this);
    m_searchText->setObjectName(QStringLiteral("searchText"));
    m_ignoreCase = new QCheckBox(this);
    m_ignoreCase->setObjectName(QStringLiteral("ignoreCase"));
    m_kindLabel = new QLabel(this);
    m_takeLabel = new QLabel(this);
    m_matchesLabel = new QLabel(this);
    m_filterLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_takeLabel->setBuddy(m_take);
    m_matchesLabel->setBuddy(m_matches);
    m_filterLabel->setBuddy(m_filter);

    auto* ruleLine = new QGridLayout;
    ruleLine->addWidget(m_kindLabel, 0, 0);
    ruleLine->addWidget(m_kind, 0, 1);
    ruleLine->addWidget(m_expression, 0, 2, 1, 3);
    ruleLine->addWidget(m_takeLabel, 1, 0);
    ruleLine->addWidget(m_take, 1, 1);
    ruleLine->addWidget(m_attribute, 1, 2);
    ruleLine->addWidget(m_matchesLabel, 1, 3);
    ruleLine->addWidget(m_matches, 1, 4);
    ruleLine->addWidget(m_filterLabel, 2, 0);
    ruleLine->addWidget(m_filter, 2, 1, 1, 2);
    ruleLine->addWidget(m_searchText, 2, 3);
    ruleLine->addWidget(m_ignoreCase, 2, 4);
    ruleLine->setColumnStretch(2, 1);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("notice"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* results = new QWidget(this);
    m_valuesLabel = new QLabel(results);
    m_values = new QListWidget(results);
    m_values->setObjectName(QStringLiteral("values"));
    m_valuesLabel->setBuddy(m_values);
    m_cellLabel = new QLabel(results);
    m_cell = new QLineEdit(results);
    m_cell->setObjectName(QStringLiteral("cell"));
    m_cell->setReadOnly(true);
    m_cellLabel->setBuddy(m_cell);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_valuesLabel);
    resultsLayout->addWidget(m_values, 1);
    resultsLayout->addWidget(m_cellLabel);
    resultsLayout->addWidget(m_cell);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_source);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useAsRule"));
    m_use->hide(); // only when someone takes the rule (the rules editor)
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_use, &QPushButton::clicked, this, [this] {
        emit ruleAccepted(rule());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_urlLabel);
    layout->addLayout(ruleLine);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RuleTesterDialog::startTrial);
    for (QLineEdit* edit : {m_expression, m_attribute, m_filter})
        connect(edit, &QLineEdit::textChanged, this, &RuleTesterDialog::scheduleTrial);
    for (QComboBox* combo : {m_kind, m_take, m_matches})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleTesterDialog::scheduleTrial);
    for (QCheckBox* box : {m_searchText, m_ignoreCase})
        connect(box, &QCheckBox::toggled, this, &RuleTesterDialog::scheduleTrial);

    retranslateUi();
    updateFields();
    resize(900, 600);
    loadPage(crawlFile, urlId);
}

RuleTesterDialog::~RuleTesterDialog()
{
    m_latest->store(~quint64(0)); // queued trials are skipped; the running one finishes and is dropped
}

void RuleTesterDialog::setRule(const extract::Rule& rule)
{
    m_name = rule.name;
    m_kind->setCurrentIndex(int(rule.kind));
    m_expression->setText(rule.expression);
    m_take->setCurrentIndex(int(rule.take));
    m_attribute->setText(rule.attribute);
    m_matches->setCurrentIndex(int(rule.matches));
    m_filter->setText(rule.filter);
    m_searchText->setChecked(rule.searchText);
    m_ignoreCase->setChecked(rule.ignoreCase);
    m_use->setVisible(true);
    scheduleTrial();
}

extract::Rule RuleTesterDialog::rule() const
{
    extract::Rule rule;
    rule.name = m_name;
    rule.kind = extract::RuleKind(std::max(0, m_kind->currentIndex()));
    rule.expression = m_expression->text();
    rule.take = extract::Take(std::max(0, m_take->currentIndex()));
    rule.attribute = m_attribute->text();
    rule.matches = extract::Matches(std::max(0, m_matches->currentIndex()));
    rule.filter = m_filter->text();
    rule.searchText = m_searchText->isChecked();
    rule.ignoreCase = m_ignoreCase->isChecked();
    return rule;
}

QString RuleTesterDialog::message() const { return m_message->text(); }

QStringList RuleTesterDialog::values() const
{
    QStringList values;
    for (int i = 0; i < m_values->count(); ++i)
        values.append(m_values->item(i)->text());
    return values;
}

QString RuleTesterDialog::cell() const { return m_cell->text(); }

void RuleTesterDialog::loadPage(const QString& crawlFile, qint64 urlId)
{
    m_source->setPlaceholderText(tr("Reading the page from the crawl file…"));
    m_pool.start([this, crawlFile, urlId] {
        StoredPage page = readStoredPage(crawlFile, urlId);
        // Queued with `this` as context: dropped if the dialog is gone by then (the destructor waits for us).
        QMetaObject::invokeMethod(this, [this, page = std::move(page)] { showPage(page); }, Qt::QueuedConnection);
    });
}

void RuleTesterDialog::showPage(const StoredPage& page)
{
    m_loading = false;
    m_url = page.url;
    m_urlLabel->setText(page.exists ? page.url : QString());
    m_source->setPlaceholderText(QString());
    m_readError = page.error;
    m_pageExists = page.exists;
    if (page.error.isEmpty() && page.exists && !page.html.isNull()) {
        m_html = page.html;
        m_source->setPlainText(QString::fromUtf8(m_html)); // the text tryRule's ranges index
    }
    updateNotice();
    emit pageLoaded(hasPage());
    if (hasPage())
        scheduleTrial();
}

void RuleTesterDialog::updateNotice()
{
    if (m_loading || hasPage())
        m_notice.clear();
    else if (!m_readError.isEmpty())
        m_notice = tr("The page cannot be read from the crawl file: %1").arg(m_readError);
    else if (!m_pageExists)
        m_notice = tr("This page is not in the crawl file.");
    else
        m_notice = tr("This page's HTML was not stored: crawl with 'Store page HTML' on (Crawl Settings, "
                      "Extraction) to try rules on it.");
    m_notes->setText(m_notice);
    m_notes->setVisible(!m_notice.isEmpty());
}

void RuleTesterDialog::scheduleTrial()
{
    updateFields();
    m_debounce->start();
}

void RuleTesterDialog::startTrial()
{
    if (!hasPage())
        return;
    extract::Rule trial = rule();
    trial.name = QStringLiteral("test"); // the name is the editor's business; this tries the expression
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_trying = true;
    auto latest = m_latest;
    const QByteArray html = m_html; // shared, read-only on the worker
    m_pool.start([this, trial, html, generation, latest] {
        if (latest->load() != generation)
            return; // typed over before it started
        extract::RuleTrial result = extract::tryRule(trial, html);
        result.source.clear(); // the dialog has it already
        QMetaObject::invokeMethod(this, [this, generation, result = std::move(result)] { showTrial(generation, result); },
                                  Qt::QueuedConnection);
    });
}

void RuleTesterDialog::showTrial(quint64 generation, const extract::RuleTrial& trial)
{
    if (generation != m_generation)
        return;
    m_trying = false;
    m_error = trial.error;
    m_ranges = trial.error.isEmpty() ? trial.ranges : QList<std::pair<qsizetype, qsizetype>>();
    m_matchCount = m_ranges.size();
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(255, 225, 120));
    format.setForeground(Qt::black);
    const int length = m_source->document()->characterCount();
    for (const auto& [start, size] : std::as_const(m_ranges)) {
        if (marks.size() >= MaxHighlights)
            break;
        QTextCursor cursor(m_source->document());
        cursor.setPosition(int(std::min<qsizetype>(start, length - 1)));
        cursor.setPosition(int(std::min<qsizetype>(start + size, length - 1)), QTextCursor::KeepAnchor);
        marks.append({cursor, format});
    }
    m_source->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        QTextCursor first(m_source->document());
        first.setPosition(marks.first().cursor.selectionStart());
        m_source->setTextCursor(first);
        m_source->centerCursor();
    }
    m_values->clear();
    m_values->addItems(trial.values);
    m_cell->setText(trial.cell);
    if (!m_error.isEmpty())
        m_message->setText(m_error);
    else if (m_expression->text().isEmpty())
        m_message->clear();
    else
        m_message->setText(tr("%Ln match(es) highlighted, %1.", nullptr, int(std::min<qsizetype>(m_matchCount, INT_MAX)))
                               .arg(tr("%Ln value(s)", nullptr, int(trial.values.size()))));
    emit trialShown();
}

// The fields a search rule does not use are disabled, and the other way round, as in the rules table.
void RuleTesterDialog::updateFields()
{
    const bool search = rule().isSearch();
    m_take->setEnabled(!search);
    m_matches->setEnabled(!search);
    m_filter->setEnabled(!search);
    m_attribute->setEnabled(!search && m_take->currentIndex() == int(extract::Take::Attribute));
    m_searchText->setEnabled(search);
    m_ignoreCase->setEnabled(search);
}

void RuleTesterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RuleTesterDialog::retranslateUi()
{
    setWindowTitle(tr("Test Extraction Rule"));
    m_kindLabel->setText(tr("&Rule:"));
    for (auto [combo, column] : {std::pair{m_kind, int(RulesModel::Kind)}, std::pair{m_take, int(RulesModel::Take)},
                                 std::pair{m_matches, int(RulesModel::Matches)}}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, RulesModel::choiceLabel(column, i));
    }
    m_expression->setPlaceholderText(tr("Selector, path or pattern, e.g. .price::text"));
    m_takeLabel->setText(tr("T&ake:"));
    m_attribute->setPlaceholderText(tr("Attribute"));
    m_matchesLabel->setText(tr("&Matches:"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Optional regular expression"));
    m_searchText->setText(tr("Search visible text"));
    m_ignoreCase->setText(tr("Ignore case"));
    m_valuesLabel->setText(tr("&Values:"));
    m_cellLabel->setText(tr("&Cell:"));
    m_use->setText(tr("&Use as Rule"));
    m_use->setToolTip(tr("Put this rule into the rules table."));
    updateNotice();
    if (hasPage())
        scheduleTrial(); // the match count is worded in the current language
}

} // namespace pav::ui

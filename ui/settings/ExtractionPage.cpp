// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ExtractionPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "export/CrawlExporter.h"
#include "extract/RuleSet.h"
#include "ui/settings/RuleDelegate.h"
#include "ui/settings/RulesModel.h"
#include "ui/settings/SizeEdit.h"

namespace pav::ui {

namespace {
constexpr qint64 MaxStoreHtmlLimit = qint64(1) << 50; // CrawlConfig::fromJson's limit for storeHtmlLimit
}

ExtractionPage::ExtractionPage(QWidget* parent)
    : SettingsPage(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_model = new RulesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("extract"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RuleDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->resizeSection(RulesModel::Expression, 200);
    m_intro->setBuddy(m_table);

    auto makeButton = [this](const char* name) {
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        return button;
    };
    m_add = makeButton("addRule");
    m_duplicate = makeButton("duplicateRule");
    m_remove = makeButton("removeRule");
    m_up = makeButton("moveRuleUp");
    m_down = makeButton("moveRuleDown");
    m_test = makeButton("testRule");
    connect(m_add, &QPushButton::clicked, this, &ExtractionPage::addRule);
    connect(m_duplicate, &QPushButton::clicked, this, &ExtractionPage::duplicateRule);
    connect(m_remove, &QPushButton::clicked, this, &ExtractionPage::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(+1); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            emit testRequested(m_model->rules()[row]);
    });
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_duplicate, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addSpacing(8);
    buttons->addWidget(m_test);
    buttons->addStretch();

    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    m_storeHtml = makeCheckBox("storeHtml");
    m_storeHtmlLimit = new SizeEdit(MaxStoreHtmlLimit, this);
    m_storeHtmlLimit->setObjectName(QStringLiteral("storeHtmlLimit"));
    connect(m_storeHtmlLimit, &SizeEdit::changed, this, &SettingsPage::changed);
    connect(m_storeHtml, &QCheckBox::toggled, m_storeHtmlLimit, &QWidget::setEnabled);
    auto* form = makeForm(nullptr);
    form->addRow(m_storeHtml);
    m_storeHtmlLimitLabel = addRow(form, m_storeHtmlLimit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(tableRow, 1);
    layout->addLayout(form);

    // Every edit, insertion, removal and move is checked at once.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { check(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { check(); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { check(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { check(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole) && !roles.contains(Qt::EditRole)
                    && !roles.contains(Qt::CheckStateRole))
                    return; // the problem tint itself
                check();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExtractionPage::updateButtons);
    retranslateUi();
    check();
}

QString ExtractionPage::title() const { return tr("Extraction"); }

void ExtractionPage::load(const crawl::CrawlConfig& config)
{
    m_model->setRules(config.rules);
    m_storeHtml->setChecked(config.storeHtml);
    m_storeHtmlLimit->setBytes(config.storeHtmlLimit);
    m_storeHtmlLimit->setEnabled(config.storeHtml);
    if (!config.rules.isEmpty())
        selectRow(0);
    updateButtons();
}

void ExtractionPage::store(crawl::CrawlConfig& config) const
{
    config.rules = m_model->rules();
    config.storeHtml = m_storeHtml->isChecked();
    config.storeHtmlLimit = m_storeHtmlLimit->bytes();
}

QStringList ExtractionPage::problems() const
{
    return m_problem.isEmpty() ? QStringList() : QStringList{m_problem};
}

int ExtractionPage::problemRow() const { return m_model->problemRow(); }

void ExtractionPage::setTestingAvailable(bool available)
{
    m_testingAvailable = available;
    updateButtons();
}

void ExtractionPage::retranslateUi()
{
    m_intro->setText(tr("Each &rule adds a column to the pages table, taken from every HTML page the crawl "
                        "fetches (command line: --extract, --contains, --not-contains). Double-click a cell to "
                        "edit it."));
    m_table->setToolTip(tr("The extraction rules, a column each in the order shown (command line: --extract "
                           "NAME=EXPR, --contains NAME=TEXT, --not-contains NAME=TEXT)."));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a rule after the selected one."));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Add a copy of the selected rule under a new name."));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Remove the selected rule."));
    m_up->setText(tr("Move U&p"));
    m_up->setToolTip(tr("Move the selected rule one column to the left."));
    m_down->setText(tr("Move Do&wn"));
    m_down->setToolTip(tr("Move the selected rule one column to the right."));
    m_test->setText(tr("&Test…"));
    m_test->setToolTip(m_testingAvailable
                           ? tr("Try the selected rule on the page selected in the results, highlighting what it "
                                "matches.")
                           : tr("Open a crawl whose pages' HTML was stored to try a rule on one of its pages."));
    const QString storeTip = tr("Keep each parsed page's HTML, compressed, in the crawl file, so rules can be "
                                "tried on it and run again later without fetching (command line: --store-html).");
    m_storeHtml->setText(tr("&Store page HTML in the crawl file"));
    m_storeHtml->setToolTip(storeTip);
    setHelp(m_storeHtmlLimitLabel, m_storeHtmlLimit, tr("Stored HTML &limit:"),
            tr("At most this much compressed HTML is kept, all pages together (command line: "
               "--store-html-limit)."));
    m_storeHtmlLimit->retranslateUi();
    m_model->retranslate();
    check(); // the messages are made in the current language
}

void ExtractionPage::check()
{
    const QList<extract::Rule>& rules = m_model->rules();
    const QStringList reserved = exporting::pageColumns();
    Result<extract::RuleSet> compiled = extract::RuleSet::compile(rules, reserved);
    int row = -1;
    QString problem;
    if (!compiled) {
        problem = compiled.error().message;
        // The first rule whose addition breaks the set is the one to fix (a bad expression, or the second of
        // two rules with one name). Rules are few, so compiling each prefix is cheap.
        for (qsizetype count = 1; count <= rules.size(); ++count) {
            if (!extract::RuleSet::compile(rules.first(count), reserved)) {
                row = int(count) - 1;
                break;
            }
        }
        if (row >= 0)
            problem = tr("Extraction rules, row %1: %2").arg(row + 1).arg(problem);
    }
    m_model->setProblem(row, problem);
    m_problem = problem;
    updateButtons();
    emit changed();
}

void ExtractionPage::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    m_test->setEnabled(m_testingAvailable && row >= 0);
}

int ExtractionPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void ExtractionPage::selectRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, column));
    updateButtons();
}

QString ExtractionPage::unusedName(const QString& stem) const
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1%2").arg(stem).arg(n);
        bool taken = false;
        for (const extract::Rule& rule : m_model->rules())
            taken = taken || rule.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!taken)
            return name;
    }
}

void ExtractionPage::addRule()
{
    extract::Rule rule;
    rule.name = unusedName(QStringLiteral("rule"));
    const int row = currentRow() + 1 > 0 ? currentRow() + 1 : m_model->rowCount();
    m_model->insertRule(row, rule);
    // Straight into the expression: a new rule is invalid until it has one, and says so.
    selectRow(row, RulesModel::Expression);
    if (isVisible())
        m_table->edit(m_table->currentIndex());
}

void ExtractionPage::duplicateRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    extract::Rule copy = m_model->rules()[row];
    copy.name = unusedName(copy.name.isEmpty() ? QStringLiteral("rule") : copy.name + u'_');
    m_model->insertRule(row + 1, copy);
    selectRow(row + 1, RulesModel::Name);
}

void ExtractionPage::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRule(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateButtons();
}

void ExtractionPage::moveRule(int step)
{
    const int row = currentRow();
    const int column = std::max(0, m_table->currentIndex().column());
    if (m_model->moveRule(row, step))
        selectRow(row + step, column);
}

} // namespace pav::ui

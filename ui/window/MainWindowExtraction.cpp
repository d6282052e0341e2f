// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's side of extraction rules: the Extraction tab, shown while the crawl file has rules, and the
// rule tester, opened from a result row's menu or from the rules editor in the settings.
#include "ui/window/MainWindow.h"

#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include "export/RuleColumns.h"
#include "store/CrawlReader.h"
#include "store/Database.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/RuleTesterDialog.h"
#include "ui/model/CrawlTableModel.h"
#include "ui/model/ExtractionModel.h"
#include "ui/model/ResultsView.h"
#include "ui/settings/ExtractionPage.h"
#include "ui/settings/RulesModel.h"
#include "ui/settings/SettingsDialog.h"

namespace pav::ui {

namespace {
// How many rules the crawl file holds: a look at one small table (the tab's model reads the columns itself).
int storedRuleCount(const QString& path)
{
    if (path.isEmpty())
        return 0;
    auto db = store::openCrawlReader(path);
    if (!db)
        return 0;
    auto rules = exporting::ruleColumns(**db);
    return rules ? int(rules->size()) : 0;
}
} // namespace

bool MainWindow::isExtractionTabShown() const
{
    return m_tabs->isTabVisible(m_tabs->indexOf(m_extraction));
}

void MainWindow::syncExtractionTab()
{
    const int rules = storedRuleCount(m_crawlFile);
    if (rules > 0)
        m_rulesPending = false;
    const int index = m_tabs->indexOf(m_extraction);
    const bool shown = rules > 0;
    if (shown == m_tabs->isTabVisible(index)) {
        // Same visibility, maybe other rules (a file opened after another): the model rereads its columns
        // when it opens the file or comes to the front.
        auto* model = qobject_cast<ExtractionModel*>(m_extraction->model());
        if (shown && model && model->ruleCount() != rules && !m_pendingViews.contains(m_extraction))
            model->refresh();
        return;
    }
    m_tabs->setTabVisible(index, shown);
    if (shown && m_extraction->model()->crawlFile() == m_crawlFile && !m_pendingViews.contains(m_extraction))
        m_extraction->model()->refresh(); // opened before the rules were stored: read the columns now
}

RuleTesterDialog* MainWindow::openRuleTester(qint64 urlId, QWidget* parent)
{
    if (m_crawlFile.isEmpty() || urlId <= 0) {
        statusBar()->showMessage(tr("Select a page in the results to test a rule on it."), 5000);
        return nullptr;
    }
    auto* tester = new RuleTesterDialog(m_crawlFile, urlId, parent ? parent : this);
    tester->setObjectName(QStringLiteral("ruleTester"));
    tester->setAttribute(Qt::WA_DeleteOnClose);
    return tester;
}

// The rules editor's Test… button tries the rule being edited on the page selected in the results, and "Use as
// Rule" puts the tester's rule back into the edited row.
void MainWindow::connectRuleTester(SettingsDialog& dialog)
{
    auto* page = dialog.findChild<ExtractionPage*>();
    if (!page)
        return;
    page->setTestingAvailable(!m_crawlFile.isEmpty() && m_details->currentUrlId() > 0);
    connect(page, &ExtractionPage::testRequested, &dialog, [this, page, &dialog](const extract::Rule& rule) {
        RuleTesterDialog* tester = openRuleTester(m_details->currentUrlId(), &dialog);
        if (!tester)
            return;
        tester->setRule(rule);
        const int row = page->table()->currentIndex().row();
        connect(tester, &RuleTesterDialog::ruleAccepted, page, [page, row](const extract::Rule& tried) {
            if (row < 0 || row >= page->model()->rowCount())
                return;
            QList<extract::Rule> rules = page->model()->rules();
            rules[row] = tried;
            page->model()->setRules(rules);
        });
        tester->setWindowModality(Qt::WindowModal);
        tester->show();
    });
}

} // namespace pav::ui

// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/settings/ExtractionPage.h"
#include "ui/settings/LimitsPage.h"
#include "ui/settings/PatternsPage.h"
#include "ui/settings/RequestPage.h"
#include "ui/settings/RobotsPage.h"
#include "ui/settings/ScopePage.h"
#include "ui/settings/SettingsStore.h"
#include "ui/settings/SpeedPage.h"

namespace pav::ui {

namespace {
// The CLI reads at most this much of a --config file; a bigger file is not one of ours.
constexpr qint64 MaxConfigFileSize = 1024 * 1024;
constexpr int MaxProblemsShown = 5;

Error ioError(const QString& message) { return Error { ErrorKind::Io, message }; }
} // namespace

SettingsDialog::SettingsDialog(const crawl::CrawlConfig& initial, QWidget* parent)
    : QDialog(parent)
    , m_base(initial)
{
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_pageList->setIconSize(QSize(iconSize, iconSize));
    m_pageList->setSpacing(2);
    m_stack = new QStackedWidget(this);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_messageRow = new QWidget(this);
    m_messageIcon = new QLabel(m_messageRow);
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(m_messageRow);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_message, 1);
    m_messageRow->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);
    connect(m_exportButton, &QPushButton::clicked, this, &SettingsDialog::chooseAndExport);
    connect(m_importButton, &QPushButton::clicked, this, &SettingsDialog::chooseAndImport);

    auto* pagesLayout = new QHBoxLayout;
    pagesLayout->addWidget(m_pageList);
    pagesLayout->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pagesLayout, 1);
    layout->addWidget(m_messageRow);
    layout->addWidget(m_buttons);

    m_loading = true; // one validation once everything is built, not one per field
    for (SettingsPage* page : std::initializer_list<SettingsPage*> {
             new ScopePage, new LimitsPage, new SpeedPage, new RobotsPage, new RequestPage, new PatternsPage,
             new ExtractionPage })
        addPage(page);
    m_loading = false;
    m_pageList->setCurrentRow(0);
    retranslateUi();
    setConfig(initial);
}

SettingsDialog::~SettingsDialog() = default;

crawl::CrawlConfig SettingsDialog::config() const
{
    crawl::CrawlConfig config = m_base;
    for (const SettingsPage* page : m_pages)
        page->store(config);
    return config;
}

void SettingsDialog::setConfig(const crawl::CrawlConfig& config)
{
    m_base = config;
    m_loading = true;
    for (SettingsPage* page : m_pages)
        page->load(config);
    m_loading = false;
    revalidate();
}

void SettingsDialog::restoreDefaults()
{
    crawl::CrawlConfig defaults;
    defaults.seeds = m_base.seeds;
    setConfig(defaults);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    const crawl::CrawlConfig current = config(); // before the page joins: its blank fields must not count
    page->setParent(m_stack);
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_pageList);
    item->setToolTip(page->title());
    page->load(current);
    connect(page, &SettingsPage::changed, this, [this] {
        if (!m_loading)
            revalidate();
    });
    fitPageList();
    if (!m_loading)
        revalidate();
}

void SettingsDialog::accept()
{
    // Enter in a field can reach here even while OK is disabled.
    revalidate();
    if (m_valid)
        QDialog::accept();
}

void SettingsDialog::setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

void SettingsDialog::setErrorReporter(ErrorReporter reporter) { m_reporter = std::move(reporter); }

Result<void> SettingsDialog::exportTo(const QString& path) const
{
    const crawl::CrawlConfig current = config();
    if (auto valid = current.validate(); !valid)
        return Error { ErrorKind::InvalidArgument,
            tr("The settings cannot be exported: %1").arg(valid.error().message) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = SettingsStore::configFileBytes(current);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> SettingsDialog::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxConfigFileSize + 1);
    if (bytes.size() > MaxConfigFileSize)
        return Error { ErrorKind::InvalidArgument, tr("%1 is too large to be a settings file.").arg(path) };
    if (file.error() != QFileDevice::NoError)
        return ioError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // The same reading as `--config FILE`: defaults under the file, so the dialog shows what the CLI would crawl.
    crawl::CrawlConfig defaults;
    defaults.seeds = m_base.seeds;
    auto imported = crawl::CrawlConfig::fromJsonBytes(bytes, defaults);
    if (!imported)
        return Error { ErrorKind::InvalidArgument,
            tr("%1 cannot be used as crawl settings: %2").arg(path, imported.error().message) };
    setConfig(*imported);
    return {};
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Crawl Settings"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pages[i]->retranslateUi();
        m_pageList->item(i)->setText(m_pages[i]->title());
        m_pageList->item(i)->setToolTip(m_pages[i]->title());
    }
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Save these settings as a JSON file for \"pavutyna --headless --config FILE\"."));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Load settings from a JSON file written by Export or for --config."));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Set every option back to its default."));
    fitPageList();
    revalidate(); // the messages are made in the current language
}

void SettingsDialog::revalidate()
{
    QStringList problems;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QStringList pageProblems = m_pages[i]->problems();
        problems += pageProblems;
        m_pageList->item(i)->setIcon(
            pageProblems.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if (problems.isEmpty()) {
        // The CLI's checks, in the CLI's words: validate() for what it covers, then the --config reading for
        // the ranges only the JSON form knows (the fields make those impossible; this guards a future page).
        const crawl::CrawlConfig current = config();
        if (auto valid = current.validate(); !valid)
            problems.append(valid.error().message);
        else if (auto reread = crawl::CrawlConfig::fromJson(current.toJson(), crawl::CrawlConfig {}); !reread)
            problems.append(reread.error().message);
    }
    const bool valid = problems.isEmpty();
    if (problems.size() > MaxProblemsShown) {
        const int hidden = int(problems.size()) - MaxProblemsShown;
        problems.resize(MaxProblemsShown);
        problems.append(tr("…and %n more problem(s).", nullptr, hidden));
    }
    m_validationText = problems.join(u'\n');
    m_message->setText(m_validationText);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_messageRow->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_exportButton->setEnabled(valid);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void SettingsDialog::fitPageList()
{
    // As wide as the longest title in the current language (plus the warning icon), never a fixed guess.
    const int icon = m_pageList->iconSize().width() + 2 * m_pageList->spacing() + 8;
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + icon + 2 * m_pageList->frameWidth());
}

void SettingsDialog::chooseAndExport()
{
    const QString path = chooseFile(FileAction::Export);
    if (path.isEmpty())
        return;
    if (auto written = exportTo(path); !written)
        reportError(tr("Export Settings"), written.error().message);
}

void SettingsDialog::chooseAndImport()
{
    const QString path = chooseFile(FileAction::Import);
    if (path.isEmpty())
        return;
    if (auto read = importFrom(path); !read)
        reportError(tr("Import Settings"), read.error().message);
}

QString SettingsDialog::chooseFile(FileAction action)
{
    if (m_chooser)
        return m_chooser(action);
    const QString filter = tr("Crawl settings (*.json);;All files (*)");
    if (action == FileAction::Export) {
        QString path = QFileDialog::getSaveFileName(this, tr("Export Settings"), QString(), filter);
        if (!path.isEmpty() && !path.contains(u'.'))
            path += QStringLiteral(".json");
        return path;
    }
    return QFileDialog::getOpenFileName(this, tr("Import Settings"), QString(), filter);
}

void SettingsDialog::reportError(const QString& title, const QString& message)
{
    m_errorText = message;
    emit errorReported(message);
    if (m_reporter)
        m_reporter(title, message);
    else
        QMessageBox::warning(this, title, message);
}

} // namespace pav::ui

#include "ui/common/BulkActionDialog.h"

#include "core/batch/BatchRunner.h"
#include "ui_BulkActionDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <algorithm>

namespace duper::ui {

namespace {

using Outcome = BatchItemResult::Outcome;

// Failures first, then indices not run, then the rest.
int sortRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Failed:
        return 0;
    case Outcome::Pending:
        return 1;
    case Outcome::AlreadyDone:
        return 2;
    case Outcome::Succeeded:
        break;
    }
    return 3;
}

} // namespace

BulkActionDialog::BulkActionDialog(BatchRunner* runner, const QString& title, const QString& description,
                                   QWidget* parent)
    : QDialog(parent), m_ui(new Ui::BulkActionDialog), m_operation(runner)
{
    m_ui->setupUi(this);
    m_operation->setParent(this);
    setWindowTitle(title);
    m_ui->summaryLabel->setText(description);
    m_ui->progressBar->setRange(0, qMax(1, m_operation->total()));
    m_ui->progressBar->setValue(m_operation->doneCount());
    m_ui->resultList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->resultList->hide();
    m_ui->retryButton->hide();
    m_ui->closeButton->hide();

    connect(m_operation, &BatchRunner::progress, this, &BulkActionDialog::onProgress);
    connect(m_operation, &BatchRunner::finished, this, &BulkActionDialog::onFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_operation, &BatchRunner::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BulkActionDialog::retry);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (!m_operation->isRunning() && m_operation->doneCount() > 0)
        onFinished();
}

BulkActionDialog::~BulkActionDialog()
{
    m_operation->disconnect(this);
    m_operation->cancel();
}

void BulkActionDialog::onProgress(int done, int total)
{
    m_ui->progressBar->setRange(0, qMax(1, total));
    m_ui->progressBar->setValue(done);
}

void BulkActionDialog::onFinished()
{
    const int failed = m_operation->count(Outcome::Failed);
    const int notRun = m_operation->count(Outcome::Pending);
    const int succeeded = m_operation->count(Outcome::Succeeded);
    const int already = m_operation->count(Outcome::AlreadyDone);
    QString summary = tr("%n succeeded", nullptr, succeeded);
    if (already > 0)
        summary += tr(", %n already done", nullptr, already);
    if (failed > 0)
        summary += tr(", %n failed", nullptr, failed);
    if (notRun > 0)
        summary += tr(", %n not run (cancelled)", nullptr, notRun);
    m_ui->summaryLabel->setText(summary + QLatin1Char('.'));
    showResults();
    m_ui->cancelButton->hide();
    m_ui->closeButton->show();
    m_ui->closeButton->setDefault(true);
    m_ui->retryButton->setVisible(failed + notRun > 0);
}

void BulkActionDialog::showResults()
{
    QList<BatchItemResult> results = m_operation->results();
    std::stable_sort(results.begin(), results.end(),
                     [](const auto& a, const auto& b) { return sortRank(a.outcome) < sortRank(b.outcome); });
    m_ui->resultList->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(results.size());
    for (const auto& result : std::as_const(results)) {
        QString text;
        QIcon icon;
        switch (result.outcome) {
        case Outcome::Succeeded:
            text = tr("✔ Succeeded");
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case Outcome::AlreadyDone:
            text = tr("✔ Already done");
            icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case Outcome::Failed:
            text = tr("✘ Failed");
            icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
            break;
        case Outcome::Pending:
            text = tr("– Not run");
            break;
        }
        auto* item = new QTreeWidgetItem({result.name, text, result.message});
        item->setIcon(1, icon);
        item->setToolTip(2, result.message);
        items.append(item);
    }
    m_ui->resultList->addTopLevelItems(items);
    m_ui->resultList->resizeColumnToContents(0);
    m_ui->resultList->resizeColumnToContents(1);
    m_ui->resultList->show();
}

void BulkActionDialog::retry()
{
    m_ui->retryButton->hide();
    m_ui->closeButton->hide();
    m_ui->cancelButton->show();
    m_ui->resultList->hide();
    m_ui->summaryLabel->setText(tr("Retrying %n items…", nullptr, int(m_operation->unsuccessful().size())));
    m_operation->retryFailed();
}

} // namespace duper::ui

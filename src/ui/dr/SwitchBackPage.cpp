#include "ui/dr/SwitchBackPage.h"

#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/FailbackReport.h"
#include "core/dr/ReportStore.h"
#include "ui/dr/RunItemState.h"
#include "ui/dr/RunReportFile.h"
#include "ui_SwitchBackPage.h"

#include <QHeaderView>
#include <functional>

namespace duper::ui {

namespace {

using Stage = SwitchBackRun::Stage;

QString key(Stage stage, const QString& name)
{
    return switchBackStageKey(stage) + QLatin1Char('/') + name;
}

// Every item of a finished run on its row, failures last so that they stay shown.
template <typename Run> void showResults(const Run& run, const std::function<QTreeWidgetItem*(const QString&)>& rowOf)
{
    for (const bool failures : {false, true})
        for (const auto& item : run.items())
            if (item.result.failed() == failures)
                if (QTreeWidgetItem* row = rowOf(item.result.name))
                    RunItemState::finished(row, 1, item.result);
}

} // namespace

SwitchBackPage::SwitchBackPage(QString reportDirectory, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::SwitchBackPage), m_reportDirectory(std::move(reportDirectory))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("switchBackPage"));
    m_ui->stageView->header()->setStretchLastSection(false);
    m_ui->stageView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stageView->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->stageView->setColumnWidth(1, 220);
    connect(m_ui->aliasBackEdit, &QLineEdit::textChanged, this, &SwitchBackPage::changed);
    connect(m_ui->switchBackDeleteCheck, &QCheckBox::toggled, this, &SwitchBackPage::changed);
}

SwitchBackPage::~SwitchBackPage()
{
    if (m_run)
        m_run->disconnect(this);
}

void SwitchBackPage::prepare(ClusterSession* sessionA, ClusterSession* sessionB, const QString& aliasOnA,
                             const QString& aliasOnB, const QStringList& indices)
{
    m_sessionA = sessionA;
    m_sessionB = sessionB;
    m_aliasOnA = aliasOnA;
    delete m_run;
    m_reportPath.clear();
    const QString a = BidirectionalPlanner::clusterName(sessionA);
    const QString b = BidirectionalPlanner::clusterName(sessionB);
    m_ui->introLabel->setText(
        tr("Switching back restores the direction from before the failover, once <b>%1</b> has caught up: its "
           "followers become regular indices that take writes, <b>%2</b>'s copies are deleted and %2 follows %1 "
           "again through the remote cluster below, and %2's paused auto-follow patterns are resumed. Stop writing "
           "to %2 first. If a step fails, Try again continues.")
            .arg(a.toHtmlEscaped(), b.toHtmlEscaped()));
    if (m_ui->aliasBackEdit->text().isEmpty())
        m_ui->aliasBackEdit->setText(aliasOnB);
    m_ui->switchBackDeleteCheck->setChecked(false);
    m_ui->switchBackDeleteCheck->setText(
        tr("Delete the %n copy(ies) on %1 listed above for good", nullptr, int(indices.size())).arg(b));
    m_items.clear();
    m_ui->stageView->clear();
    const QList<std::pair<Stage, QString>> stages{
        {Stage::Failover, tr("Fail over on %1: its followers of %2 become regular indices").arg(a, aliasOnA)},
        {Stage::Failback, tr("%1 follows %2 again (its copies are deleted first)").arg(b, a)},
        {Stage::ResumePatterns, tr("Resume %1's paused auto-follow patterns").arg(b)}};
    for (const auto& [stage, title] : stages) {
        auto* row = new QTreeWidgetItem(m_ui->stageView, {title, tr("Not started")});
        row->setToolTip(0, title);
        m_items.insert(key(stage, {}), row);
        if (stage == Stage::ResumePatterns)
            continue;
        for (const QString& name : indices) {
            auto* child = new QTreeWidgetItem(row, {name, stage == Stage::Failover ? tr("Will become a regular index")
                                                                                   : tr("Will be deleted on %1, then "
                                                                                        "follow %2")
                                                                                         .arg(b, a)});
            m_items.insert(key(stage, name), child);
        }
        row->setExpanded(stage == Stage::Failback); // the copies to delete, by name
    }
    emit changed();
}

bool SwitchBackPage::canStart() const
{
    return m_sessionA && !isRunning() && !m_ui->aliasBackEdit->text().trimmed().isEmpty() &&
           m_ui->switchBackDeleteCheck->isChecked();
}

QTreeWidgetItem* SwitchBackPage::itemFor(Stage stage, const QString& name) const
{
    return m_items.value(key(stage, name));
}

void SwitchBackPage::start(const FailbackRun::Options& options)
{
    if (!canStart())
        return;
    FailbackRun::Options confirmed = options;
    confirmed.deleteConfirmed = true; // the ticked box named the copies
    delete m_run;
    m_run =
        new SwitchBackRun(m_sessionA, m_sessionB, m_aliasOnA, m_ui->aliasBackEdit->text().trimmed(), confirmed, this);
    for (QTreeWidgetItem* row : std::as_const(m_items))
        if (!row->parent())
            row->setText(1, tr("Not started"));
    connect(m_run, &SwitchBackRun::stageStarted, this, &SwitchBackPage::onStageStarted);
    connect(m_run, &SwitchBackRun::finished, this, &SwitchBackPage::onFinished);
    m_ui->aliasBackEdit->setEnabled(false);
    m_ui->switchBackDeleteCheck->setEnabled(false);
    emit progressChanged(0, 3);
    m_run->start();
    emit changed();
}

void SwitchBackPage::cancel()
{
    if (m_run)
        m_run->cancel();
}

void SwitchBackPage::onStageStarted(Stage stage)
{
    // The stage before is done: its indices' results are final.
    if (stage == Stage::Failback)
        showItems(Stage::Failover);
    else if (stage == Stage::ResumePatterns)
        showItems(Stage::Failback);
    RunItemState::running(itemFor(stage), 1);
    emit progressChanged(int(stage), 3);
    emit statusChanged(itemFor(stage)->text(0) + QStringLiteral("…"));
}

void SwitchBackPage::showItems(Stage stage)
{
    auto rowOf = [this, stage](const QString& name) { return itemFor(stage, name); };
    const BatchItemResult done = BatchItemResult::done();
    if (stage == Stage::Failover && m_run->failoverRun()) {
        showResults(*m_run->failoverRun(), rowOf);
        RunItemState::finished(itemFor(stage), 1,
                               m_run->failoverRun()->succeeded() ? done
                                                                 : BatchItemResult::failure({}, tr("see below")));
    } else if (stage == Stage::Failback && m_run->failbackRun()) {
        showResults(*m_run->failbackRun(), rowOf);
        RunItemState::finished(itemFor(stage), 1,
                               m_run->failbackRun()->succeeded() ? done
                                                                 : BatchItemResult::failure({}, tr("see below")));
    }
}

void SwitchBackPage::onFinished()
{
    const Stage last =
        m_run->failbackRun() ? (m_run->succeeded() ? Stage::ResumePatterns : Stage::Failback) : Stage::Failover;
    showItems(Stage::Failover);
    showItems(Stage::Failback);
    if (last == Stage::ResumePatterns)
        RunItemState::finished(itemFor(last), 1, BatchItemResult::done());
    else if (m_run->error().isError())
        RunItemState::finished(itemFor(last), 1,
                               BatchItemResult::failure(m_run->error(), m_run->error().userMessage()));
    QString error;
    m_reportPath = ReportStore(m_reportDirectory)
                       .save(QStringLiteral("switchback"), m_aliasOnA, reportJson(), reportMarkdown(), &error);
    QString text = m_run->succeeded()      ? tr("Switched back: the original direction is restored.")
                   : m_run->wasCancelled() ? tr("Stopped. Try again continues with what is left.")
                                           : tr("Switching back did not finish. Try again continues.");
    emit progressChanged(m_run->succeeded() ? 3 : 0, 3);
    emit statusChanged(text + QLatin1Char(' ') + RunReportFile::savedNote(m_reportPath, error));
    m_ui->aliasBackEdit->setEnabled(!m_run->succeeded());
    m_ui->switchBackDeleteCheck->setEnabled(!m_run->succeeded());
    emit changed();
    emit finished(m_run->succeeded());
}

QJsonObject SwitchBackPage::reportJson() const
{
    return FailbackReport::toJson(*m_run, BidirectionalPlanner::clusterName(m_sessionA),
                                  BidirectionalPlanner::clusterName(m_sessionB));
}

QString SwitchBackPage::reportMarkdown() const
{
    return FailbackReport::toMarkdown(*m_run, BidirectionalPlanner::clusterName(m_sessionA),
                                      BidirectionalPlanner::clusterName(m_sessionB));
}

bool SwitchBackPage::exportReport(const QString& path)
{
    return hasRun() && RunReportFile::write(this, path, reportMarkdown(), reportJson());
}

} // namespace duper::ui

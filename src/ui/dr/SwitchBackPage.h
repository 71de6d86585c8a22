#pragma once

#include "core/dr/FailbackRun.h"
#include "core/dr/FailoverRun.h" // SwitchBackRun.h needs it complete
#include "core/dr/SwitchBackRun.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

class QTreeWidgetItem;

namespace Ui {
class SwitchBackPage;
}

namespace duper {
class ClusterSession;
}

namespace duper::ui {

// The failback wizard's optional last step: switching back (core SwitchBackRun) restores the original direction —
// A's followers become regular indices (a failover on A), B's copies are deleted (named here; only once the box is
// ticked) and B follows A again through its alias back, and B's paused auto-follow patterns are resumed. Shows each
// stage and index with its state, saves the report (ReportStore) and exports it; running it again continues.
class SwitchBackPage : public QWidget
{
    Q_OBJECT

public:
    explicit SwitchBackPage(QString reportDirectory, QWidget* parent = nullptr);
    ~SwitchBackPage() override;

    // Shows what switching back would do. Both sessions must outlive the page; `aliasOnB` is a suggestion.
    void prepare(ClusterSession* sessionA, ClusterSession* sessionB, const QString& aliasOnA, const QString& aliasOnB,
                 const QStringList& indices);
    // An alias back is given and the deletion of B's copies confirmed; nothing runs.
    bool canStart() const;
    bool isRunning() const { return m_run && m_run->isRunning(); }
    bool hasRun() const { return m_run && !m_run->isRunning(); }
    bool succeeded() const { return hasRun() && m_run->succeeded(); }
    QString reportPath() const { return m_reportPath; }
    // The row of a stage, or of an index under it.
    QTreeWidgetItem* itemFor(SwitchBackRun::Stage stage, const QString& name = {}) const;

public slots:
    void start(const duper::FailbackRun::Options& options);
    void cancel();
    bool exportReport(const QString& path);

signals:
    void changed();
    void statusChanged(const QString& text);
    void progressChanged(int value, int maximum);
    void finished(bool succeeded);

private:
    void onStageStarted(SwitchBackRun::Stage stage);
    void showItems(SwitchBackRun::Stage stage);
    void onFinished();
    QJsonObject reportJson() const;
    QString reportMarkdown() const;

    QScopedPointer<Ui::SwitchBackPage> m_ui;
    QString m_reportDirectory;
    ClusterSession* m_sessionA = nullptr;
    ClusterSession* m_sessionB = nullptr;
    QString m_aliasOnA;
    QPointer<SwitchBackRun> m_run;
    QHash<QString, QTreeWidgetItem*> m_items; // "<stage key>/<name>"
    QString m_reportPath;
};

} // namespace duper::ui

#include "ui/autofollow/AutoFollowBulkFlow.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace duper::ui {

void AutoFollowBulkFlow::confirmAndRun(QWidget* page, AutoFollowActions* actions, Operation operation,
                                       const QStringList& names, StatusSink status, Done done)
{
    if (!actions || names.isEmpty())
        return;
    // Pausing or resuming one pattern is easily undone: no question then (as in Kibana).
    if (operation != Operation::Delete && names.size() == 1) {
        run(page, actions, operation, names, std::move(status), std::move(done));
        return;
    }
    QString question;
    QString button;
    switch (operation) {
    case Operation::Pause:
        question = tr("Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers "
                      "keep replicating.",
                      nullptr, int(names.size()));
        button = tr("Pause");
        break;
    case Operation::Resume:
        question = tr("Resume %n auto-follow pattern(s)?", nullptr, int(names.size()));
        button = tr("Resume");
        break;
    case Operation::Delete:
        question = tr("Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing "
                      "follower indices keep replicating.",
                      nullptr, int(names.size()));
        button = tr("Delete");
        break;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Auto-follow patterns"), question, QMessageBox::Cancel, page);
    box->setObjectName(QStringLiteral("autoFollowConfirmBox"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    QPushButton* confirm = box->addButton(button, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("autoFollowConfirmButton"));
    box->setDefaultButton(operation == Operation::Delete ? qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel))
                                                         : confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The session (and its actions) may close while the question is open.
    QObject::connect(box, &QMessageBox::buttonClicked, page,
                     [page, guard = QPointer<AutoFollowActions>(actions), operation, names, confirm, status,
                      done](QAbstractButton* clicked) {
                         if (clicked == confirm && guard)
                             run(page, guard, operation, names, status, done);
                     });
    box->open();
}

void AutoFollowBulkFlow::run(QWidget* page, AutoFollowActions* actions, Operation operation, const QStringList& names,
                             StatusSink status, Done done)
{
    BatchRunner* runner = operation == Operation::Pause ? actions->pause(names, page)
                          : operation == Operation::Resume
                              ? actions->resume(names, page)
                              : actions->remove(names, AutoFollowActions::WhenMissing::AlreadyDone, page);
    QObject::connect(runner, &BatchRunner::finished, page, [page, runner, operation, status, done] {
        report(page, operation, *runner, status);
        runner->deleteLater();
        if (done)
            done();
    });
    runner->start();
}

void AutoFollowBulkFlow::report(QWidget* page, Operation operation, const BatchRunner& runner, const StatusSink& status)
{
    QStringList succeeded;
    QStringList failed;
    for (const BatchItemResult& result : runner.results()) {
        if (result.succeeded())
            succeeded << result.name; // "already deleted" is as good as deleted
        else
            failed << tr("%1: %2").arg(result.name, result.message);
    }
    const QString done = operation == Operation::Pause    ? tr("paused")
                         : operation == Operation::Resume ? tr("resumed")
                                                          : tr("deleted");
    if (status) {
        status(failed.isEmpty() ? tr("%n auto-follow pattern(s) %1.", nullptr, int(succeeded.size())).arg(done)
                                : tr("%1 of %2 auto-follow patterns %3.")
                                      .arg(succeeded.size())
                                      .arg(succeeded.size() + failed.size())
                                      .arg(done));
    }
    if (failed.isEmpty() && succeeded.size() <= 1)
        return;
    QStringList lines;
    for (const QString& ok : succeeded)
        lines << tr("✓ %1: %2").arg(ok, done);
    for (const QString& failure : failed)
        lines << tr("✗ %1").arg(failure);
    auto* box = new QMessageBox(
        failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Auto-follow patterns"),
        failed.isEmpty() ? tr("All done.") : tr("Some patterns could not be changed."), QMessageBox::Close, page);
    box->setObjectName(QStringLiteral("autoFollowResultBox"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace duper::ui

#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class BulkActionDialog;
}

namespace duper {
class BatchRunner;
}

namespace duper::ui {

// Follows any BatchRunner (pausing followers, deleting patterns, ...): a progress bar while it runs and Cancel; at
// the end one line per item — succeeded, already done or failed with the reason, failures first — and "Retry failed".
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `runner` (started by the caller, before or after opening the dialog). `title` is the
    // window title ("Pause follower indices"); `description` says in one sentence what is being done ("Pausing
    // replication of 12 follower indices").
    BulkActionDialog(BatchRunner* runner, const QString& title, const QString& description, QWidget* parent = nullptr);
    ~BulkActionDialog() override;

    BatchRunner* runner() const { return m_operation; }

private:
    void onProgress(int done, int total);
    void onFinished();
    void showResults();
    void retry();

    QScopedPointer<Ui::BulkActionDialog> m_ui;
    BatchRunner* m_operation;
};

} // namespace duper::ui

#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class BulkActionDialog;
}

namespace duper {
class BulkFollowerOperation;
}

namespace duper::ui {

// Follows a BulkFollowerOperation: a progress bar while it runs and Cancel; at the end one line per index —
// succeeded, already done or failed with the reason, failures first — and "Retry failed".
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `operation` (started by the caller, before or after opening the dialog).
    // `description` says in one sentence what is being done ("Pausing replication of 12 follower indices").
    BulkActionDialog(BulkFollowerOperation* operation, const QString& description, QWidget* parent = nullptr);
    ~BulkActionDialog() override;

    BulkFollowerOperation* operation() const { return m_operation; }

private:
    void onProgress(int done, int total);
    void onFinished();
    void showResults();
    void retry();

    QScopedPointer<Ui::BulkActionDialog> m_ui;
    BulkFollowerOperation* m_operation;
};

} // namespace duper::ui

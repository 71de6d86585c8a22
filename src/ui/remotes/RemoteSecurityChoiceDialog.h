#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RemoteSecurityChoiceDialog;
}

namespace duper::ui {

// The first question of "Add remote cluster": how the follower authenticates to the leader — a cross-cluster API
// key (recommended) or TLS certificates (deprecated in Elasticsearch 9). Arrow keys pick, Enter continues.
class RemoteSecurityChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Model
    {
        ApiKey,
        Certificate
    };

    explicit RemoteSecurityChoiceDialog(QWidget* parent = nullptr);
    ~RemoteSecurityChoiceDialog() override;

    Model model() const;
    void setModel(Model model);

signals:
    // Continue was chosen with `model`.
    void chosen(duper::ui::RemoteSecurityChoiceDialog::Model model);

private:
    QScopedPointer<Ui::RemoteSecurityChoiceDialog> m_ui;
};

} // namespace duper::ui

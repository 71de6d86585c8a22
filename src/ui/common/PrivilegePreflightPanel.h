#pragma once

#include "core/followers/CcrPreflightRequest.h"
#include "core/followers/CcrPreflightResult.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>
#include <optional>
#include <utility>

class QTimer;

namespace Ui {
class PrivilegePreflightPanel;
}

namespace duper {
class CcrPreflight;
class ClusterSession;
class SecretStore;
} // namespace duper

namespace duper::ui {

// The privilege preflight in a dialog: while the user fills the form it runs core's CcrPreflight for the request the
// form stands for (after a short pause, again when the request changes) and shows the missing privileges, each with
// why it is needed, and what could not be checked. The dialog's submit button asks allowsSubmit(): false while the
// check runs and, when privileges are missing, until the user ticks "Send anyway".
class PrivilegePreflightPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 300;

    explicit PrivilegePreflightPanel(QWidget* parent = nullptr);
    ~PrivilegePreflightPanel() override;

    // `follower` must outlive the panel; `leader` and `secrets` (may be null) let it check the leader side too.
    void setSessions(ClusterSession* follower, ClusterSession* leader = nullptr, SecretStore* secrets = nullptr);
    // The request to check; nullopt while the form is incomplete (nothing is checked or shown).
    void setRequest(const std::optional<CcrPreflightRequest>& request);

    bool isChecking() const;
    // The result for the current request, once its check finished.
    const std::optional<CcrPreflightResult>& result() const { return m_result; }
    // Checked, and nothing missing or the user chose to go on without it.
    bool allowsSubmit() const;
    // Why the submit button is off, for its tooltip (empty when it may be used).
    QString blockedReason() const;

signals:
    // Checking started or ended, or the user ticked or unticked "Send anyway": the dialog re-validates.
    void stateChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void start();
    void showResult(const CcrPreflightResult& result);
    void showText();

    QScopedPointer<Ui::PrivilegePreflightPanel> m_ui;
    QPointer<ClusterSession> m_follower;
    QPointer<ClusterSession> m_leader;
    SecretStore* m_secrets = nullptr;
    QTimer* m_timer;
    std::optional<CcrPreflightRequest> m_request;
    std::optional<CcrPreflightResult> m_result;
    std::optional<std::pair<CcrPreflightRequest, CcrPreflightResult>> m_checked; // the last check that finished
    QPointer<CcrPreflight> m_running;
};

} // namespace duper::ui

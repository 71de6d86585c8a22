#include "ui/common/PrivilegePreflightPanel.h"

#include "core/followers/CcrPreflight.h"
#include "core/session/ClusterSession.h"
#include "ui/common/ErrorStyle.h"
#include "ui_PrivilegePreflightPanel.h"

#include <QEvent>
#include <QTimer>

namespace duper::ui {

PrivilegePreflightPanel::PrivilegePreflightPanel(QWidget* parent)
    : QWidget(parent), m_ui(new Ui::PrivilegePreflightPanel), m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PrivilegePreflightPanel::start);
    connect(m_ui->preflightProceedCheck, &QCheckBox::toggled, this, &PrivilegePreflightPanel::stateChanged);
    showText();
}

PrivilegePreflightPanel::~PrivilegePreflightPanel() = default;

void PrivilegePreflightPanel::setSessions(ClusterSession* follower, ClusterSession* leader, SecretStore* secrets)
{
    m_follower = follower;
    m_leader = leader;
    m_secrets = secrets;
}

void PrivilegePreflightPanel::setRequest(const std::optional<CcrPreflightRequest>& request)
{
    const bool same = request.has_value() == m_request.has_value() && (!request || *request == *m_request);
    if (same)
        return;
    m_request = request;
    m_result.reset();
    delete m_running; // a check of an older request would only report stale news
    m_ui->preflightProceedCheck->setChecked(false);
    m_timer->stop();
    // Back to the request checked last (e.g. after a field was briefly invalid): its answer still holds.
    if (m_request && m_checked && m_checked->first == *m_request)
        m_result = m_checked->second;
    else if (m_request)
        m_timer->start();
    showText();
    emit stateChanged();
}

bool PrivilegePreflightPanel::isChecking() const
{
    return m_request && !m_result;
}

bool PrivilegePreflightPanel::allowsSubmit() const
{
    return m_result && (!m_result->hasMissing() || m_ui->preflightProceedCheck->isChecked());
}

QString PrivilegePreflightPanel::blockedReason() const
{
    if (isChecking())
        return tr("Checking the privileges this needs…");
    if (!allowsSubmit() && m_result)
        return tr("Privileges are missing: see the list, or tick \"Send anyway\".");
    return {};
}

void PrivilegePreflightPanel::start()
{
    if (!m_request || !m_follower)
        return;
    auto* preflight = new CcrPreflight(m_follower, m_leader, m_secrets, *m_request, this);
    m_running = preflight;
    connect(preflight, &CcrPreflight::finished, this, [this, preflight](const CcrPreflightResult& result) {
        preflight->deleteLater();
        showResult(result);
    });
    preflight->start();
}

void PrivilegePreflightPanel::showResult(const CcrPreflightResult& result)
{
    m_result = result;
    m_checked = std::make_pair(*m_request, result);
    showText();
    emit stateChanged();
}

void PrivilegePreflightPanel::showText()
{
    // Missing privileges in the error colour, what could not be checked as a plain note below.
    auto list = [](const QString& heading, const QStringList& items) {
        QString html = heading.toHtmlEscaped();
        for (const QString& item : items)
            html += QStringLiteral("<br>• ") + item.toHtmlEscaped();
        return html;
    };
    QStringList parts;
    if (isChecking()) {
        parts << tr("Checking the privileges this needs…").toHtmlEscaped();
    } else if (m_result) {
        if (m_result->hasMissing())
            parts << QStringLiteral("<span style=\"color: %1;\">%2</span>")
                         .arg(ErrorStyle::colorName(),
                              list(tr("Elasticsearch would refuse this: the user lacks these privileges."),
                                   m_result->missingTexts()));
        if (!m_result->couldNotCheck.isEmpty())
            parts << list(tr("Could not check:"), m_result->couldNotCheck);
    }
    m_ui->preflightLabel->setText(parts.join(QStringLiteral("<br>")));
    m_ui->preflightLabel->setVisible(!parts.isEmpty());
    m_ui->preflightProceedCheck->setVisible(m_result && m_result->hasMissing());
}

void PrivilegePreflightPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showText();
    }
    QWidget::changeEvent(event);
}

} // namespace duper::ui

#include "ui/alerts/AlertCenter.h"

#include "core/alerts/FollowerAlertWatcher.h"
#include "core/preferences/AlertRulePreferences.h"
#include "core/session/ClusterSession.h"
#include "ui/alerts/AlertListModel.h"
#include "ui/alerts/AlertRulesWidget.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ErrorNotifier.h"
#include "ui/shell/PreferencesDialog.h"

#include <QLabel>
#include <QStyle>

namespace duper::ui {

namespace {

// The Error state, which the ErrorNotifier already announces ("stopped replicating"), is a fatal error or reads
// that keep failing (read exceptions turned critical): one event, one notification.
bool toldByErrorNotifier(const AlertEpisode& episode)
{
    return episode.kind == AlertKind::Fatal ||
           (episode.kind == AlertKind::ReadExceptions && episode.severity == AlertSeverity::Critical);
}

} // namespace

AlertCenter::AlertCenter(CcrPage* ccrPage, ErrorNotifier* notifier, QSettings* settings, QObject* parent)
    : QObject(parent), m_ccrPage(ccrPage), m_notifier(notifier),
      m_rules(std::make_unique<AlertRulePreferences>(settings)), m_model(new AlertListModel(this)),
      m_page(new AlertsPage(m_model, ccrPage))
{
    setObjectName(QStringLiteral("alertCenter"));
    m_ccrPage->addTab(m_page, QString());
    connect(m_page, &AlertsPage::badgeChanged, this, &AlertCenter::updateTab);
    connect(m_page, &AlertsPage::followerActivated, this, [this](const QString& name) {
        FollowersPage* followers = m_ccrPage->followersPage();
        m_ccrPage->setCurrentWidget(followers);
        followers->selectFollower(name);
    });
    updateTab();
}

AlertCenter::~AlertCenter()
{
    m_watcher.reset(); // before the tracker it listens to
}

void AlertCenter::setLeaderSource(LeaderRetentionTracker::Connections connections,
                                  const FleetDependencies& dependencies)
{
    if (m_watcher)
        m_watcher->setRetentionTracker(nullptr);
    m_tracker = std::make_unique<LeaderRetentionTracker>(std::move(connections), dependencies);
    m_tracker->setFollowerSession(m_session);
    if (m_watcher)
        m_watcher->setRetentionTracker(m_tracker.get());
}

void AlertCenter::setSession(ClusterSession* session)
{
    m_watcher.reset();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_connectionId = session ? session->connectionId() : QString();
    m_model->clear(); // another cluster: the old episodes are not about it, and its episode ids start again
    m_baseline = true;
    if (m_tracker)
        m_tracker->setFollowerSession(session);
    if (!session)
        return;
    connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    m_watcher =
        std::make_unique<FollowerAlertWatcher>(session->followerRefresher(), m_rules->thresholds(m_connectionId));
    m_watcher->setRetentionTracker(m_tracker.get());
    connect(m_watcher.get(), &FollowerAlertWatcher::episodesFired, this, [this](const QList<AlertEpisode>& episodes) {
        m_model->addFired(episodes);
        announce(episodes, false);
    });
    connect(m_watcher.get(), &FollowerAlertWatcher::episodesEscalated, this,
            [this](const QList<AlertEpisode>& episodes) {
                m_model->update(episodes);
                announce(episodes, true);
            });
    connect(m_watcher.get(), &FollowerAlertWatcher::episodesCleared, m_model, &AlertListModel::update);
    connect(m_watcher.get(), &FollowerAlertWatcher::findingsChanged, this, [this] {
        m_baseline = false;
        m_model->refreshActive(m_watcher->monitor().activeEpisodes());
    });
}

void AlertCenter::applyRules()
{
    if (m_watcher)
        m_watcher->monitor().setThresholds(m_rules->thresholds(m_connectionId));
}

AlertRulesWidget* AlertCenter::addPreferencesTo(PreferencesDialog* dialog)
{
    if (!m_session)
        return nullptr;
    auto* widget = new AlertRulesWidget(m_rules.get(), m_connectionId, m_session->displayName());
    dialog->addSection(widget);
    connect(dialog, &PreferencesDialog::applied, widget, [this, widget] {
        widget->save();
        if (widget->connectionId() == m_connectionId)
            applyRules();
    });
    return widget;
}

void AlertCenter::announce(const QList<AlertEpisode>& episodes, bool escalated)
{
    if (m_baseline || !m_notifier || !m_rules->notificationsEnabled(m_connectionId))
        return;
    for (const AlertEpisode& episode : episodes) {
        if (toldByErrorNotifier(episode))
            continue;
        const QString& text = episode.latest.text;
        const QString message = escalated                                     ? tr("Now critical: %1").arg(text)
                                : episode.severity == AlertSeverity::Critical ? tr("Critical: %1").arg(text)
                                                                              : tr("Warning: %1").arg(text);
        if (m_notifier->notify(message, episode.follower) == ErrorNotifier::Delivery::None)
            continue;
        ++m_sent;
        emit episodeNotified(episode);
    }
}

void AlertCenter::updateTab()
{
    const int index = m_ccrPage->indexOf(m_page);
    if (index < 0)
        return;
    m_ccrPage->setTabText(index, m_page->tabText());
    const AlertSeverity worst = m_model->worstActiveSeverity();
    m_ccrPage->setTabIcon(index, worst == AlertSeverity::Ok
                                     ? QIcon()
                                     : m_page->style()->standardIcon(worst == AlertSeverity::Critical
                                                                         ? QStyle::SP_MessageBoxCritical
                                                                         : QStyle::SP_MessageBoxWarning));
    m_ccrPage->setTabToolTip(index, m_page->summaryLabel()->text());
}

} // namespace duper::ui

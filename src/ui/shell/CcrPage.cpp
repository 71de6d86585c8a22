#include "ui/shell/CcrPage.h"

#include "ui/autofollow/AutoFollowPatternsPage.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/followers/FollowersPage.h"
#include "ui/remotes/RemoteClustersPage.h"

#include <QEvent>

namespace duper::ui {

CcrPage::CcrPage(QSettings* settings, QWidget* parent)
    : QTabWidget(parent), m_followers(new FollowersPage(settings, this)),
      m_autoFollow(new AutoFollowPatternsPage(settings, this)), m_remotes(new RemoteClustersPage(settings, this)),
      m_disasterRecovery(new DisasterRecoveryPage(settings, this))
{
    setObjectName(QStringLiteral("ccrPage"));
    setDocumentMode(true);
    addTab(m_followers, QString());
    addTab(m_autoFollow, QString());
    addTab(m_remotes, QString());
    addTab(m_disasterRecovery, QString());
    retranslate();
    connect(m_followers, &FollowersPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_autoFollow, &AutoFollowPatternsPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_remotes, &RemoteClustersPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_disasterRecovery, &DisasterRecoveryPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_disasterRecovery, &DisasterRecoveryPage::remoteClustersRequested, this,
            [this] { setCurrentWidget(m_remotes); });
    connect(m_followers, &FollowersPage::remoteClustersRequested, this, [this] {
        setCurrentWidget(m_remotes);
        m_remotes->chooseSecurityModel();
    });
    connect(m_autoFollow, &AutoFollowPatternsPage::followManyRequested, this, [this] {
        setCurrentWidget(m_followers);
        m_followers->followMany();
    });
}

void CcrPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void CcrPage::retranslate()
{
    setTabText(indexOf(m_followers), tr("&Follower indices"));
    setTabText(indexOf(m_autoFollow), tr("&Auto-follow patterns"));
    setTabText(indexOf(m_remotes), tr("Re&mote clusters"));
    setTabText(indexOf(m_disasterRecovery), tr("&Disaster recovery"));
}

void CcrPage::setSession(ClusterSession* session)
{
    m_followers->setSession(session);
    m_autoFollow->setSession(session);
    m_remotes->setSession(session);
    m_disasterRecovery->setSession(session);
}

} // namespace duper::ui

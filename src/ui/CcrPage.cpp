#include "ui/CcrPage.h"

#include "ui/AutoFollowPatternsPage.h"
#include "ui/FollowersPage.h"
#include "ui/RemoteClustersPage.h"

namespace duper::ui {

CcrPage::CcrPage(QSettings* settings, QWidget* parent)
    : QTabWidget(parent), m_followers(new FollowersPage(settings, this)),
      m_autoFollow(new AutoFollowPatternsPage(settings, this)), m_remotes(new RemoteClustersPage(settings, this))
{
    setObjectName(QStringLiteral("ccrPage"));
    setDocumentMode(true);
    addTab(m_followers, tr("&Follower indices"));
    addTab(m_autoFollow, tr("&Auto-follow patterns"));
    addTab(m_remotes, tr("Re&mote clusters"));
    connect(m_followers, &FollowersPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_autoFollow, &AutoFollowPatternsPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_remotes, &RemoteClustersPage::statusMessage, this, &CcrPage::statusMessage);
    connect(m_followers, &FollowersPage::remoteClustersRequested, this, [this] {
        setCurrentWidget(m_remotes);
        m_remotes->addRemoteCluster();
    });
    connect(m_autoFollow, &AutoFollowPatternsPage::followManyRequested, this, [this] {
        setCurrentWidget(m_followers);
        m_followers->followMany();
    });
}

void CcrPage::setConnection(EsClient* client, const QString& connectionId)
{
    m_followers->setConnection(client, connectionId);
    m_autoFollow->setConnection(client, connectionId);
    m_remotes->setConnection(client, connectionId);
}

} // namespace duper::ui

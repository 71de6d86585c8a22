#include "ui/CcrPage.h"

#include "ui/AutoFollowPatternsPage.h"
#include "ui/FollowersPage.h"
#include "ui/RemoteClustersPage.h"

#include <QEvent>

namespace duper::ui {

CcrPage::CcrPage(QSettings* settings, QWidget* parent)
    : QTabWidget(parent), m_followers(new FollowersPage(settings, this)),
      m_autoFollow(new AutoFollowPatternsPage(settings, this)), m_remotes(new RemoteClustersPage(settings, this))
{
    setObjectName(QStringLiteral("ccrPage"));
    setDocumentMode(true);
    addTab(m_followers, QString());
    addTab(m_autoFollow, QString());
    addTab(m_remotes, QString());
    retranslate();
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
}

void CcrPage::setConnection(EsClient* client, const QString& connectionId)
{
    m_followers->setConnection(client, connectionId);
    m_autoFollow->setConnection(client, connectionId);
    m_remotes->setConnection(client, connectionId);
}

} // namespace duper::ui

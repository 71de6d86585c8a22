#include "ui/shell/CcrPage.h"

#include "ui/autofollow/AutoFollowPatternsPage.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/followers/FollowersPage.h"
#include "ui/remotes/RemoteClustersPage.h"

#include <QEvent>
#include <QSignalBlocker>

namespace duper::ui {

CcrPage::CcrPage(QSettings* settings, QWidget* parent) : QTabWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("ccrPage"));
    setDocumentMode(true);
    for (int tab = 0; tab < TabCount; ++tab)
        addTab(new QWidget(this), QString()); // placeholders until buildPages()
    retranslate();
}

FollowersPage* CcrPage::followersPage()
{
    buildPages();
    return m_followers;
}

AutoFollowPatternsPage* CcrPage::autoFollowPage()
{
    buildPages();
    return m_autoFollow;
}

RemoteClustersPage* CcrPage::remoteClustersPage()
{
    buildPages();
    return m_remotes;
}

DisasterRecoveryPage* CcrPage::disasterRecoveryPage()
{
    buildPages();
    return m_disasterRecovery;
}

void CcrPage::buildPages()
{
    if (m_followers)
        return;
    m_followers = new FollowersPage(m_settings, this);
    m_autoFollow = new AutoFollowPatternsPage(m_settings, this);
    m_remotes = new RemoteClustersPage(m_settings, this);
    m_disasterRecovery = new DisasterRecoveryPage(m_settings, this);
    {
        // The same tab stays current (an index, as the placeholders are replaced one by one).
        const int current = currentIndex();
        const QSignalBlocker blocker(this);
        replacePlaceholder(FollowersTab, m_followers);
        replacePlaceholder(AutoFollowTab, m_autoFollow);
        replacePlaceholder(RemotesTab, m_remotes);
        replacePlaceholder(DisasterRecoveryTab, m_disasterRecovery);
        setCurrentIndex(current);
    }
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
    emit pagesBuilt();
}

void CcrPage::replacePlaceholder(Tab tab, QWidget* page)
{
    QWidget* placeholder = widget(tab);
    const QString text = tabText(tab);
    removeTab(tab);
    insertTab(tab, page, text);
    delete placeholder;
}

void CcrPage::showEvent(QShowEvent* event)
{
    buildPages(); // before the tabs paint: a placeholder is never seen
    QTabWidget::showEvent(event);
}

void CcrPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void CcrPage::retranslate()
{
    setTabText(FollowersTab, tr("&Follower indices"));
    setTabText(AutoFollowTab, tr("&Auto-follow patterns"));
    setTabText(RemotesTab, tr("Re&mote clusters"));
    setTabText(DisasterRecoveryTab, tr("&Disaster recovery"));
}

void CcrPage::setSession(ClusterSession* session)
{
    if (!session && !m_followers)
        return; // nothing built follows a connection yet
    buildPages();
    m_followers->setSession(session);
    m_autoFollow->setSession(session);
    m_remotes->setSession(session);
    m_disasterRecovery->setSession(session);
}

} // namespace duper::ui

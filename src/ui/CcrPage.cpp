#include "ui/CcrPage.h"

#include "ui/FollowersPage.h"

namespace duper::ui {

CcrPage::CcrPage(QSettings* settings, QWidget* parent) : QTabWidget(parent), m_followers(new FollowersPage(settings, this))
{
    setObjectName(QStringLiteral("ccrPage"));
    setDocumentMode(true);
    addTab(m_followers, tr("&Follower indices"));
    connect(m_followers, &FollowersPage::statusMessage, this, &CcrPage::statusMessage);
}

void CcrPage::setConnection(EsClient* client, const QString& connectionId)
{
    m_followers->setConnection(client, connectionId);
}

} // namespace duper::ui

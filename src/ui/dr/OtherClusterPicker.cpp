#include "ui/dr/OtherClusterPicker.h"

#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"

#include <QComboBox>
#include <QRegularExpression>

namespace duper::ui {

OtherClusterPicker::OtherClusterPicker(QComboBox* combo, const ClusterSession* current,
                                       const QList<ConnectionProfile>& connections, ClusterSessionOpener* opener,
                                       QObject* parent)
    : QObject(parent), m_combo(combo), m_opener(opener)
{
    m_opener->setParent(this);
    for (const ConnectionProfile& profile : connections) {
        if (profile.id == current->profile().id)
            continue;
        m_connections.append(profile);
        m_combo->addItem(profile.name, profile.id);
    }
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_opener->cancel();
        m_opening = false;
        emit changed();
        delete m_session;
    });
    connect(m_opener, &ClusterSessionOpener::opened, this, [this](ClusterSession* session) {
        m_opening = false;
        delete m_session;
        m_session = session;
        session->setParent(this);
        emit opened(session);
    });
    connect(m_opener, &ClusterSessionOpener::failed, this, [this](const QString& message) {
        m_opening = false;
        emit failed(message);
    });
}

OtherClusterPicker::~OtherClusterPicker() = default;

const ConnectionProfile* OtherClusterPicker::currentProfile() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_connections.size() ? &m_connections.at(index) : nullptr;
}

QString OtherClusterPicker::currentName() const
{
    return m_combo->currentText();
}

QString OtherClusterPicker::suggestedAlias(const QString& name)
{
    return name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
}

void OtherClusterPicker::open()
{
    if (m_session) {
        emit opened(m_session);
        return;
    }
    const ConnectionProfile* profile = currentProfile();
    if (!profile || m_opening)
        return;
    m_opening = true;
    m_opener->open(*profile, {}, this);
}

} // namespace duper::ui

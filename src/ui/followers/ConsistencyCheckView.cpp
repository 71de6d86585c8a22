#include "ui/followers/ConsistencyCheckView.h"

#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"
#include "core/verify/ConsistencyCheck.h"
#include "ui/dr/OtherClusterPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace duper::ui {

ConsistencyCheckView::ConsistencyCheckView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consistencyCheckView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    auto* leaderTitle = m_texts.text(new QLabel(this), [] { return tr("Leader cluster:"); });
    leaderTitle->setObjectName(QStringLiteral("consistencyLeaderTitleLabel"));
    m_leaderCombo = new QComboBox(this);
    m_leaderCombo->setObjectName(QStringLiteral("consistencyLeaderCombo"));
    m_leaderCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    leaderTitle->setBuddy(m_leaderCombo);
    m_button = m_texts.text(new QPushButton(this), [] { return tr("Check consistency"); });
    m_button->setObjectName(QStringLiteral("checkConsistencyButton"));
    m_texts.add([this] {
        m_button->setToolTip(tr("Compares the leader's and the follower's document counts and checkpoints"));
    });
    row->addWidget(leaderTitle);
    row->addWidget(m_leaderCombo, 1);
    layout->addLayout(row);
    // The button on a line of its own: beside the picker it made a narrow details panel scroll sideways.
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_button);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("consistencyVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    connect(m_button, &QPushButton::clicked, this, &ConsistencyCheckView::check);
    updateButton();
}

ConsistencyCheckView::~ConsistencyCheckView() = default;

void ConsistencyCheckView::setLeaderSource(Connections connections, OpenerFactory newOpener)
{
    m_connections = std::move(connections);
    m_newOpener = std::move(newOpener);
    rebuildPicker();
}

void ConsistencyCheckView::setFollowerSession(ClusterSession* session)
{
    if (m_session == session)
        return;
    m_session = session;
    delete m_check;
    m_waitingForLeader = false;
    showVerdict({});
    rebuildPicker();
}

void ConsistencyCheckView::rebuildPicker()
{
    delete m_picker;
    m_picker = nullptr;
    m_leaderCombo->clear();
    if (m_session && m_connections && m_newOpener) {
        m_picker = new OtherClusterPicker(m_leaderCombo, m_session, m_connections(), m_newOpener(), this);
        connect(m_picker, &OtherClusterPicker::opened, this, [this](ClusterSession* leader) {
            if (std::exchange(m_waitingForLeader, false))
                runCheck(leader);
        });
        connect(m_picker, &OtherClusterPicker::failed, this, [this](const QString& message) {
            if (!std::exchange(m_waitingForLeader, false))
                return;
            showVerdict(tr("Could not open the leader cluster's connection: %1").arg(message));
            updateButton();
        });
        connect(m_picker, &OtherClusterPicker::changed, this, [this] {
            m_waitingForLeader = false;
            delete m_check; // it used the leader session the picker is about to delete
            updateButton();
        });
        preselectLeader();
    }
    updateButton();
}

void ConsistencyCheckView::showFollower(const QString& follower, const QString& remoteCluster)
{
    if (follower == m_follower)
        return;
    m_follower = follower;
    m_remoteCluster = remoteCluster;
    delete m_check;
    m_waitingForLeader = false;
    showVerdict({});
    preselectLeader();
    updateButton();
}

void ConsistencyCheckView::preselectLeader()
{
    // The saved connection named like the follower's remote cluster is most likely its leader.
    for (int i = 0; i < m_leaderCombo->count(); ++i) {
        if (OtherClusterPicker::suggestedAlias(m_leaderCombo->itemText(i)) == m_remoteCluster) {
            m_leaderCombo->setCurrentIndex(i);
            return;
        }
    }
}

bool ConsistencyCheckView::isChecking() const
{
    return m_check || m_waitingForLeader;
}

QString ConsistencyCheckView::verdictText() const
{
    return m_verdict->text();
}

void ConsistencyCheckView::check()
{
    if (!m_session || m_follower.isEmpty() || isChecking())
        return;
    if (!m_picker || m_picker->isEmpty()) {
        showVerdict(tr("To check consistency, save a connection to the leader cluster (Connections…)."));
        return;
    }
    m_waitingForLeader = true;
    showVerdict(tr("Checking %1 against %2…").arg(m_follower, m_picker->currentName()));
    updateButton();
    m_picker->open(); // opened() or failed() follows, perhaps at once
}

void ConsistencyCheckView::runCheck(ClusterSession* leader)
{
    const QString follower = m_follower;
    m_check = new ConsistencyCheck(m_session, leader, {follower}, {}, this);
    connect(m_check, &ConsistencyCheck::finished, this, [this, check = m_check.data(), follower] {
        check->deleteLater();
        m_check.clear();
        if (follower == m_follower) {
            if (check->error())
                showVerdict(tr("Could not check: %1").arg(check->error().userMessage()));
            else if (!check->results().isEmpty())
                showVerdict(check->results().first().verdict.text);
        }
        updateButton();
        emit checkFinished();
    });
    m_check->start();
}

void ConsistencyCheckView::showVerdict(const QString& text)
{
    m_verdict->setText(text);
    m_verdict->setVisible(!text.isEmpty());
}

void ConsistencyCheckView::updateButton()
{
    m_button->setEnabled(m_session && !m_follower.isEmpty() && !isChecking());
    m_leaderCombo->setEnabled(!isChecking() && m_leaderCombo->count() > 0);
}

void ConsistencyCheckView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

} // namespace duper::ui

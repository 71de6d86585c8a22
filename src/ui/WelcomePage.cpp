#include "ui/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duper::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_addButton(new QPushButton(tr("Add a connection…"), this)),
      m_sandboxButton(new QPushButton(tr("Try the sandbox"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_message->setObjectName(QStringLiteral("welcomeMessage"));

    auto* title = new QLabel(tr("<h2>Welcome to Duper</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow "
                               "patterns and remote clusters.<br>Connect to your follower cluster, or try everything "
                               "on a sandbox: two emulated clusters running inside Duper."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_addButton->setDefault(true);
    m_sandboxButton->setToolTip(tr("Starts an emulated leader and follower cluster on free local ports and adds a "
                                   "temporary \"Sandbox\" connection"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addStretch(3);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addLayout(column, 4);
    outer->addStretch();

    connect(m_addButton, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
}

void WelcomePage::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace duper::ui

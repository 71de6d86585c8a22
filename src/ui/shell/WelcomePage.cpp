#include "ui/shell/WelcomePage.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duper::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_addButton(new QPushButton(this)), m_sandboxButton(new QPushButton(this)),
      m_title(new QLabel(this)), m_text(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_message->setObjectName(QStringLiteral("welcomeMessage"));

    m_title->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    m_addButton->setDefault(true);
    retranslate();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_title);
    column->addWidget(m_text);
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

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_addButton->setText(tr("Add a connection…"));
    m_sandboxButton->setText(tr("Try the sandbox"));
    m_sandboxButton->setToolTip(tr("Starts an emulated leader and follower cluster on free local ports and adds a "
                                   "temporary \"Sandbox\" connection"));
    m_title->setText(tr("<h2>Welcome to Duper</h2>"));
    m_text->setText(tr("Duper manages Elasticsearch Cross-Cluster Replication: follower indices, auto-follow "
                       "patterns and remote clusters.<br>Connect to your follower cluster, or try everything "
                       "on a sandbox: two emulated clusters running inside Duper."));
}

void WelcomePage::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace duper::ui

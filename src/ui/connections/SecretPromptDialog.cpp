#include "ui/connections/SecretPromptDialog.h"

#include <QInputDialog>
#include <QWidget>

namespace duper::ui {

SecretPromptDialog::SecretPromptDialog(QWidget* parentWidget) : QObject(parentWidget), m_parentWidget(parentWidget)
{}

void SecretPromptDialog::ask(const SecretRequest& request, QObject* context, Callback done)
{
    const ConnectionProfile& profile = request.profile;
    auto* dialog = new QInputDialog(m_parentWidget);
    dialog->setObjectName(QStringLiteral("secretPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect to %1").arg(profile.name));
    QString label = tr("The %1 for %2:").arg(secretKindDisplayName(request.kind), profile.name);
    if (!request.detail.isEmpty())
        label = request.detail + QLatin1Char('\n') + label;
    dialog->setLabelText(label);
    dialog->setTextEchoMode(QLineEdit::Password);
    QObject* receiver = context ? context : this;
    connect(dialog, &QInputDialog::textValueSelected, receiver,
            [done](const QString& secret) { done(secret, QString()); });
    connect(dialog, &QDialog::rejected, receiver, [done]() { done(std::nullopt, QString()); });
    dialog->open();
}

} // namespace duper::ui

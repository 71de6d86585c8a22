#pragma once

#include "core/session/SecretPrompter.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace duper::ui {

// The window's way of asking for a missing secret: a password input dialog (object name "secretPrompt") over
// `parentWidget`, with the keychain's reason above the question when there is one. Cancelling it gives no secret.
class SecretPromptDialog : public QObject, public SecretPrompter
{
    Q_OBJECT

public:
    explicit SecretPromptDialog(QWidget* parentWidget);

    void ask(const SecretRequest& request, QObject* context, Callback done) override;

private:
    QPointer<QWidget> m_parentWidget;
};

} // namespace duper::ui

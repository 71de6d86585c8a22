#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ui {
class ConnectionManagerDialog;
}

namespace duper::ui {

// The connection manager's editor fields: fills them from a profile, reads a profile back from them and checks them
// as the user types (marking the fields that are wrong). Knows nothing of saving, testing or the list.
class ConnectionForm
{
    // The form is the dialog's: its texts keep the dialog's translation context.
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ConnectionManagerDialog)

public:
    explicit ConnectionForm(Ui::ConnectionManagerDialog* ui);

    // The choices of the combo boxes and the behaviour of the fields among themselves (show secret, TLS warning).
    void setUp();
    // Every field from `profile`; `isNew` picks the secret fields' placeholders and the box title.
    void load(const ConnectionProfile& profile, bool isNew);
    // `base` (id and anything the form does not show) with the fields' values.
    ConnectionProfile read(const ConnectionProfile& base) const;
    // What is wrong (empty when it can be saved); each wrong field is marked and says why in its tool tip.
    QStringList check(const ConnectionProfile& base) const;
    // Shows the user name, secret and "ask every time" fields the chosen authentication needs.
    void updateAuthFields();

private:
    Ui::ConnectionManagerDialog* m_ui;
};

} // namespace duper::ui

#pragma once

#include "core/preferences/HistoryRetention.h"
#include "core/preferences/ProxyPreference.h"

#include <QDialog>
#include <QScopedPointer>

class QAbstractButton;

namespace Ui {
class PreferencesDialog;
}

namespace duper {
class AppPreferences;
class TranslationLoader;
} // namespace duper

namespace duper::ui {

// Edit → Preferences…, in tabs so it fits a small screen: General (language, the default auto-refresh interval,
// whether pausing or resuming asks first, the network proxy), Replication history (how much is kept) and Alerts (the
// connection's rules, added by whoever keeps them). OK and Apply store the choices in AppPreferences and apply them at
// once: the language through the TranslationLoader (every window, this dialog too, retranslates), the rest by whoever
// listens to applied(). Mnemonics are unique per tab and apart from the tab titles (G, H, R).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // Both must outlive the dialog.
    PreferencesDialog(AppPreferences* preferences, TranslationLoader* translations, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // The language code chosen in the combo; empty for "System default".
    QString selectedLanguage() const;
    int selectedRefreshSeconds() const;
    // The proxy as entered (may be invalid while the user types).
    ProxyPreference enteredProxy() const;
    HistoryRetention enteredHistoryRetention() const;
    // Empty when the entries can be applied, else why not (shown under the proxy fields).
    QString validationError() const;
    // A section of preferences kept elsewhere (the connection's alert rules), shown on the Alerts tab; the dialog
    // takes ownership. The section stores its entries itself when applied() is emitted.
    void addSection(QWidget* section);

public slots:
    // Stores and applies; does nothing while the entries are invalid. Returns whether it applied.
    bool apply();
    void accept() override;

signals:
    // The preferences were stored (and the language applied): apply the others now.
    void applied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillCombos();
    void load();
    void validate();
    void onButtonClicked(QAbstractButton* button);

    QScopedPointer<Ui::PreferencesDialog> m_ui;
    AppPreferences* m_preferences;
    TranslationLoader* m_translations;
};

} // namespace duper::ui

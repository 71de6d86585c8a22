#include "ui/shell/PreferencesDialog.h"

#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AppPreferences.h"
#include "core/preferences/AutoRefreshChoices.h"
#include "ui/common/AutoRefreshChoiceText.h"
#include "ui/common/ErrorStyle.h"
#include "ui_PreferencesDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace duper::ui {

namespace {

// The native name of the bundled language that following the system locale gives ("English" when none matches).
QString systemLanguageName(const QList<LanguageOption>& options)
{
    for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
        const QLocale wanted(uiLanguage);
        for (const LanguageOption& option : options) {
            const QLocale offered(option.code);
            if (offered.language() != wanted.language())
                continue;
            // zh_CN serves Simplified Chinese only; other languages match on the language alone.
            if (offered.language() == QLocale::Chinese && offered.script() != wanted.script())
                continue;
            return option.nativeName;
        }
    }
    return options.isEmpty() ? QStringLiteral("English") : options.first().nativeName;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppPreferences* preferences, TranslationLoader* translations, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::PreferencesDialog), m_preferences(preferences), m_translations(translations)
{
    m_ui->setupUi(this);
    ErrorStyle::markError(m_ui->proxyErrorLabel);
    fillCombos();
    load();

    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, &PreferencesDialog::onButtonClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* radio : {m_ui->systemProxyRadio, m_ui->noProxyRadio, m_ui->manualProxyRadio})
        connect(radio, &QRadioButton::toggled, this, &PreferencesDialog::validate);
    connect(m_ui->proxyHostEdit, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_ui->proxyPortEdit, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    validate();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillCombos()
{
    // Keeps the current choices while the texts change language.
    const QString language = m_ui->languageCombo->count() ? selectedLanguage() : m_preferences->language();
    const int refresh = m_ui->refreshCombo->count() ? selectedRefreshSeconds() : m_preferences->defaultRefreshSeconds();

    const QSignalBlocker languageBlocker(m_ui->languageCombo);
    const QList<LanguageOption> options = TranslationLoader::availableLanguages();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default (%1)").arg(systemLanguageName(options)), QString());
    for (const LanguageOption& option : options)
        m_ui->languageCombo->addItem(option.nativeName, option.code);
    const int languageIndex = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);

    const QSignalBlocker refreshBlocker(m_ui->refreshCombo);
    m_ui->refreshCombo->clear();
    for (int seconds : AutoRefreshChoices::seconds())
        m_ui->refreshCombo->addItem(AutoRefreshChoiceText::label(seconds, AutoRefreshChoiceText::OffWording::Labelled),
                                    seconds);
    m_ui->refreshCombo->setCurrentIndex(
        qMax(0, m_ui->refreshCombo->findData(AutoRefreshChoices::nearestSeconds(refresh))));
}

void PreferencesDialog::load()
{
    m_ui->confirmCheck->setChecked(m_preferences->confirmPauseResume());
    const ProxyPreference proxy = m_preferences->proxy();
    switch (proxy.mode) {
    case ProxyPreference::Mode::System:
        m_ui->systemProxyRadio->setChecked(true);
        break;
    case ProxyPreference::Mode::None:
        m_ui->noProxyRadio->setChecked(true);
        break;
    case ProxyPreference::Mode::Manual:
        m_ui->manualProxyRadio->setChecked(true);
        break;
    }
    m_ui->proxyTypeCombo->setCurrentIndex(proxy.type == ProxyPreference::Type::Socks5 ? 1 : 0);
    m_ui->proxyHostEdit->setText(proxy.host);
    m_ui->proxyPortEdit->setText(proxy.port > 0 ? QString::number(proxy.port) : QString());

    m_ui->historyFullSpin->setRange(HistoryRetention::minFullResolutionHours, HistoryRetention::maxFullResolutionHours);
    m_ui->historyDownsampledSpin->setRange(HistoryRetention::minDownsampledDays, HistoryRetention::maxDownsampledDays);
    m_ui->historySizeSpin->setRange(HistoryRetention::minMegabytes, HistoryRetention::maxMegabytes);
    const HistoryRetention history = m_preferences->historyRetention();
    m_ui->historyFullSpin->setValue(history.fullResolutionHours);
    m_ui->historyDownsampledSpin->setValue(history.downsampledDays);
    m_ui->historySizeSpin->setValue(history.maxMegabytesOnDisk);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

int PreferencesDialog::selectedRefreshSeconds() const
{
    return m_ui->refreshCombo->currentData().toInt();
}

ProxyPreference PreferencesDialog::enteredProxy() const
{
    ProxyPreference proxy;
    proxy.mode = m_ui->manualProxyRadio->isChecked() ? ProxyPreference::Mode::Manual
                 : m_ui->noProxyRadio->isChecked()   ? ProxyPreference::Mode::None
                                                     : ProxyPreference::Mode::System;
    proxy.type =
        m_ui->proxyTypeCombo->currentIndex() == 1 ? ProxyPreference::Type::Socks5 : ProxyPreference::Type::Http;
    proxy.host = m_ui->proxyHostEdit->text().trimmed();
    bool ok = false;
    const int port = m_ui->proxyPortEdit->text().trimmed().toInt(&ok);
    proxy.port = ok ? port : 0;
    return proxy;
}

HistoryRetention PreferencesDialog::enteredHistoryRetention() const
{
    HistoryRetention retention;
    retention.fullResolutionHours = m_ui->historyFullSpin->value();
    retention.downsampledDays = m_ui->historyDownsampledSpin->value();
    retention.maxMegabytesOnDisk = m_ui->historySizeSpin->value();
    return retention;
}

QString PreferencesDialog::validationError() const
{
    const ProxyPreference proxy = enteredProxy();
    if (proxy.mode != ProxyPreference::Mode::Manual)
        return {};
    if (proxy.host.isEmpty())
        return tr("Enter the proxy's host name or address.");
    if (!ProxyPreference::isValidHost(proxy.host))
        return tr("“%1” is not a host name or IP address (no scheme, path or port here).").arg(proxy.host);
    if (m_ui->proxyPortEdit->text().trimmed().isEmpty())
        return tr("Enter the proxy's port.");
    if (!ProxyPreference::isValidPort(proxy.port))
        return tr("The port is a number from 1 to 65535.");
    return {};
}

void PreferencesDialog::addSection(QWidget* section)
{
    // Above the spacer that keeps the tab's content at the top; the note saying there are no rules goes.
    QVBoxLayout* layout = m_ui->alertsTabLayout;
    layout->insertWidget(qMax(0, layout->indexOf(m_ui->alertsSpacer)), section);
    m_ui->noAlertRulesLabel->hide();
}

void PreferencesDialog::validate()
{
    const bool manual = m_ui->manualProxyRadio->isChecked();
    for (QWidget* field : {static_cast<QWidget*>(m_ui->proxyTypeCombo), static_cast<QWidget*>(m_ui->proxyHostEdit),
                           static_cast<QWidget*>(m_ui->proxyPortLabel), static_cast<QWidget*>(m_ui->proxyPortEdit)})
        field->setEnabled(manual);
    const QString error = validationError();
    m_ui->proxyErrorLabel->setText(error);
    m_ui->proxyErrorLabel->setVisible(!error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(error.isEmpty());
}

bool PreferencesDialog::apply()
{
    if (!validationError().isEmpty())
        return false;
    const QString language = selectedLanguage();
    const bool languageChanged = language != m_preferences->language() || language != m_translations->requested();
    m_preferences->setLanguage(language);
    m_preferences->setDefaultRefreshSeconds(selectedRefreshSeconds());
    m_preferences->setConfirmPauseResume(m_ui->confirmCheck->isChecked());
    m_preferences->setProxy(enteredProxy());
    m_preferences->setHistoryRetention(enteredHistoryRetention());
    if (languageChanged)
        m_translations->apply(language); // Qt sends LanguageChange to every widget, this dialog included
    emit applied();
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::onButtonClicked(QAbstractButton* button)
{
    switch (m_ui->buttonBox->standardButton(button)) {
    case QDialogButtonBox::Ok:
        accept();
        break;
    case QDialogButtonBox::Apply:
        apply();
        break;
    default:
        break;
    }
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // retranslateUi resets nothing the user entered; the combos filled in code are filled again.
        m_ui->retranslateUi(this);
        fillCombos();
        validate();
    }
    QDialog::changeEvent(event);
}

} // namespace duper::ui

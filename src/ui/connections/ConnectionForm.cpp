#include "ui/connections/ConnectionForm.h"

#include "ui/common/ErrorStyle.h"
#include "ui/connections/ConnectionFieldValidator.h"
#include "ui_ConnectionManagerDialog.h"

#include <QRegularExpression>

namespace duper::ui {

ConnectionForm::ConnectionForm(Ui::ConnectionManagerDialog* ui) : m_ui(ui)
{}

void ConnectionForm::setUp()
{
    m_ui->tlsWarningLabel->hide();
    m_ui->tlsWarningLabel->setStyleSheet(QStringLiteral("color: #a05a00;"));
    ErrorStyle::markError(m_ui->validationLabel);
    m_ui->authCombo->addItem(tr("None"), int(ConnectionProfile::AuthKind::None));
    m_ui->authCombo->addItem(tr("User name and password"), int(ConnectionProfile::AuthKind::Basic));
    m_ui->authCombo->addItem(tr("API key"), int(ConnectionProfile::AuthKind::ApiKey));
    m_ui->authCombo->addItem(tr("Bearer token"), int(ConnectionProfile::AuthKind::Bearer));

    m_ui->roleCombo->addItem(tr("Not set"), int(ConnectionProfile::ClusterRole::None));
    m_ui->roleCombo->addItem(tr("Leader cluster"), int(ConnectionProfile::ClusterRole::Leader));
    m_ui->roleCombo->addItem(tr("Follower cluster"), int(ConnectionProfile::ClusterRole::Follower));
    m_ui->roleCombo->setToolTip(tr("Which side of replication this cluster is; the command line uses it as the "
                                   "default --leader / --follower"));

    Ui::ConnectionManagerDialog* ui = m_ui;
    QObject::connect(ui->showSecretButton, &QToolButton::toggled, ui->showSecretButton, [ui](bool show) {
        ui->secretEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        ui->showSecretButton->setText(show ? tr("Hide") : tr("Show"));
    });
    QObject::connect(ui->verifyTlsCheck, &QCheckBox::toggled, ui->tlsWarningLabel,
                     [ui](bool on) { ui->tlsWarningLabel->setHidden(on); });
}

void ConnectionForm::load(const ConnectionProfile& profile, bool isNew)
{
    m_ui->nameEdit->setText(profile.name);
    QStringList urls;
    for (const QUrl& url : profile.urls)
        urls.append(url.toString());
    m_ui->urlsEdit->setText(urls.join(QStringLiteral(", ")));
    m_ui->cloudIdEdit->setText(profile.cloudId);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(profile.authKind)));
    m_ui->usernameEdit->setText(profile.username);
    m_ui->secretEdit->clear();
    m_ui->showSecretButton->setChecked(false);
    m_ui->secretEdit->setPlaceholderText(isNew ? tr("Stored in the system keychain")
                                               : tr("Unchanged (kept in the system keychain)"));
    m_ui->askSecretCheck->setChecked(profile.askSecretEveryTime);
    m_ui->verifyTlsCheck->setChecked(profile.verifyTls);
    m_ui->tlsWarningLabel->setHidden(profile.verifyTls);
    m_ui->caFileEdit->setText(profile.caCertificateFile);
    m_ui->certFileEdit->setText(profile.clientCertificateFile);
    m_ui->keyFileEdit->setText(profile.clientKeyFile);
    m_ui->keyPassphraseEdit->clear();
    m_ui->keyPassphraseEdit->setPlaceholderText(isNew || profile.clientKeyFile.isEmpty()
                                                    ? tr("Only for an encrypted key; stored in the system keychain")
                                                    : tr("Unchanged (kept in the system keychain)"));
    m_ui->timeoutSpin->setValue(qMax(1, profile.requestTimeoutMs / 1000));
    m_ui->remoteEdit->setText(profile.defaultRemoteCluster);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(profile.role)));
    m_ui->editorBox->setTitle(isNew ? tr("New connection") : tr("Connection"));
    updateAuthFields();
}

ConnectionProfile ConnectionForm::read(const ConnectionProfile& base) const
{
    ConnectionProfile profile = base;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.urls.clear();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& part : m_ui->urlsEdit->text().split(separators, Qt::SkipEmptyParts))
        profile.urls.append(QUrl(part));
    profile.cloudId = m_ui->cloudIdEdit->text().trimmed();
    profile.authKind = ConnectionProfile::AuthKind(m_ui->authCombo->currentData().toInt());
    profile.username =
        profile.authKind == ConnectionProfile::AuthKind::Basic ? m_ui->usernameEdit->text().trimmed() : QString();
    profile.askSecretEveryTime = m_ui->askSecretCheck->isChecked();
    profile.verifyTls = m_ui->verifyTlsCheck->isChecked();
    profile.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    profile.clientCertificateFile = m_ui->certFileEdit->text().trimmed();
    profile.clientKeyFile = m_ui->keyFileEdit->text().trimmed();
    profile.requestTimeoutMs = m_ui->timeoutSpin->value() * 1000;
    profile.defaultRemoteCluster = m_ui->remoteEdit->text().trimmed();
    profile.role = ConnectionProfile::ClusterRole(m_ui->roleCombo->currentData().toInt());
    return profile;
}

QStringList ConnectionForm::check(const ConnectionProfile& base) const
{
    const auto mark = [](QLineEdit* edit, const QString& problem) {
        ErrorStyle::setInvalid(edit, !problem.isEmpty());
        edit->setToolTip(problem);
        return problem;
    };
    QStringList problems;
    problems << mark(m_ui->nameEdit, ConnectionFieldValidator::checkName(m_ui->nameEdit->text()));
    const QString cloudProblem = ConnectionFieldValidator::checkCloudId(m_ui->cloudIdEdit->text());
    problems << mark(m_ui->cloudIdEdit, cloudProblem);
    const bool cloudIdSet = !m_ui->cloudIdEdit->text().trimmed().isEmpty() && cloudProblem.isEmpty();
    problems << mark(m_ui->urlsEdit, ConnectionFieldValidator::checkUrls(m_ui->urlsEdit->text(), cloudIdSet));
    problems << mark(m_ui->caFileEdit,
                     ConnectionFieldValidator::checkReadableFile(m_ui->caFileEdit->text(), tr("CA file")));
    problems << mark(m_ui->certFileEdit,
                     ConnectionFieldValidator::checkReadableFile(m_ui->certFileEdit->text(), tr("Client certificate")));
    problems << mark(m_ui->keyFileEdit,
                     ConnectionFieldValidator::checkReadableFile(m_ui->keyFileEdit->text(), tr("Client key")));
    if (m_ui->authCombo->currentData().toInt() == int(ConnectionProfile::AuthKind::Basic))
        problems << mark(m_ui->usernameEdit,
                         m_ui->usernameEdit->text().trimmed().isEmpty() ? tr("Enter the user name.") : QString());
    else
        mark(m_ui->usernameEdit, {});
    problems.removeAll(QString());
    if (problems.isEmpty())
        problems = read(base).validate();
    problems.removeDuplicates();
    return problems;
}

void ConnectionForm::updateAuthFields()
{
    const auto kind = ConnectionProfile::AuthKind(m_ui->authCombo->currentData().toInt());
    const bool basic = kind == ConnectionProfile::AuthKind::Basic;
    const bool secret = kind != ConnectionProfile::AuthKind::None;
    m_ui->usernameLabel->setVisible(basic);
    m_ui->usernameEdit->setVisible(basic);
    m_ui->secretLabel->setVisible(secret);
    m_ui->secretEdit->setVisible(secret);
    m_ui->showSecretButton->setVisible(secret);
    m_ui->askSecretCheck->setVisible(secret);
    if (kind == ConnectionProfile::AuthKind::ApiKey)
        m_ui->secretLabel->setText(tr("API &key:"));
    else if (kind == ConnectionProfile::AuthKind::Bearer)
        m_ui->secretLabel->setText(tr("&Token:"));
    else
        m_ui->secretLabel->setText(tr("&Password:"));
}

} // namespace duper::ui

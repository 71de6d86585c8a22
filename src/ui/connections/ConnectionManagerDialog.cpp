#include "ui/connections/ConnectionManagerDialog.h"

#include "core/connections/ConnectionStore.h"
#include "core/connections/SecretStore.h"
#include "ui/common/ErrorStyle.h"
#include "ui/connections/ConnectionForm.h"
#include "ui/connections/ConnectionListModel.h"
#include "ui/connections/ConnectionTestRunner.h"
#include "ui_ConnectionManagerDialog.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>

namespace duper::ui {

namespace {
QString statusMark(ConnectionTestReport::Status status)
{
    switch (status) {
    case ConnectionTestReport::Status::Ok:
        return QStringLiteral("✔");
    case ConnectionTestReport::Status::Warning:
        return QStringLiteral("⚠");
    case ConnectionTestReport::Status::Failed:
        return QStringLiteral("✘");
    case ConnectionTestReport::Status::NotRun:
        break;
    }
    return QStringLiteral("–");
}
} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(ConnectionStore* store, SecretStore* secrets,
                                                 QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ConnectionManagerDialog), m_store(store), m_secrets(secrets),
      m_model(new ConnectionListModel(this)), m_runner(new ConnectionTestRunner(secrets, network, this)),
      m_form(m_ui.data())
{
    m_ui->setupUi(this);
    m_ui->connectionList->setModel(m_model);
    m_ui->testProgress->hide();
    m_form.setUp();

    connect(m_ui->connectionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionManagerDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionManagerDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ConnectionManagerDialog::duplicateProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionManagerDialog::confirmDelete);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionManagerDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionManagerDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });
    connect(m_ui->keyPassphraseEdit, &QLineEdit::textEdited, this, [this] { m_passphraseEdited = true; });
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_form.updateAuthFields();
        validate();
    });
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->urlsEdit, m_ui->cloudIdEdit, m_ui->usernameEdit, m_ui->caFileEdit,
                            m_ui->certFileEdit, m_ui->keyFileEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionManagerDialog::validate);
    }
    connect(m_runner, &ConnectionTestRunner::finished, this, &ConnectionManagerDialog::showReport);
    connect(m_runner, &ConnectionTestRunner::testing, this,
            [this](const QString& name) { m_ui->testResultsLabel->setText(tr("Testing %1…").arg(name)); });
    connect(m_runner, &ConnectionTestRunner::failed, this, [this](const QString& message) {
        m_ui->testProgress->hide();
        m_ui->testButton->setEnabled(m_problems.isEmpty());
        setMessage(message, true);
    });

    markClean(); // the empty form is nothing to save
    reloadList({});
    if (m_model->rowCount() == 0)
        addProfile();
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

bool ConnectionManagerDialog::isTesting() const
{
    return m_runner->isRunning();
}

bool ConnectionManagerDialog::hasUnsavedChanges() const
{
    ConnectionProfile form = profileFromForm();
    form.id = m_loadedForm.id; // every other field comes from the form; the id only says which profile it is
    return m_secretEdited || m_passphraseEdited || form != m_loadedForm;
}

void ConnectionManagerDialog::markClean()
{
    m_loadedForm = profileFromForm();
    m_secretEdited = false;
    m_passphraseEdited = false;
}

bool ConnectionManagerDialog::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        name = m_current.name;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Save changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(); // a form that cannot be saved stays, showing why
    case QMessageBox::Discard:
        markClean();
        return true;
    default:
        return false;
    }
}

void ConnectionManagerDialog::reject()
{
    if (confirmLeave())
        QDialog::reject();
}

void ConnectionManagerDialog::onCurrentRowChanged(const QModelIndex& index)
{
    if (m_revertingSelection)
        return;
    const auto profile = m_model->profile(index.row());
    if (!profile || profile->id == m_current.id)
        return;
    const QString target = profile->id;
    if (!confirmLeave()) {
        // Stay on the edited form: put the selection back on it.
        m_revertingSelection = true;
        const int row = m_isNew ? -1 : m_model->rowOf(m_current.id);
        m_ui->connectionList->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
        m_revertingSelection = false;
        return;
    }
    const int row = m_model->rowOf(target); // saving reloaded the list and selected the saved profile
    if (row < 0)
        return;
    if (m_ui->connectionList->currentIndex().row() != row)
        m_ui->connectionList->setCurrentIndex(m_model->index(row)); // loads it through this slot
    else if (m_current.id != target)
        load(*m_model->profile(row), false);
}

void ConnectionManagerDialog::selectProfile(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->connectionList->setCurrentIndex(m_model->index(row));
}

void ConnectionManagerDialog::reloadList(const QString& selectId)
{
    m_model->setProfiles(m_store->profiles());
    const int row = selectId.isEmpty() ? 0 : m_model->rowOf(selectId);
    if (row >= 0 && row < m_model->rowCount()) {
        m_current = {};
        m_ui->connectionList->setCurrentIndex(m_model->index(row));
        if (m_current.id.isEmpty()) // the row was current already: no currentChanged
            load(*m_model->profile(row), false);
    }
    m_ui->duplicateButton->setEnabled(m_model->rowCount() > 0);
    m_ui->deleteButton->setEnabled(m_model->rowCount() > 0);
}

void ConnectionManagerDialog::load(const ConnectionProfile& profile, bool isNew)
{
    m_current = profile;
    m_isNew = isNew;
    m_duplicatedFrom.clear();
    m_secretEdited = false;
    m_passphraseEdited = false;
    m_runner->cancel();
    m_ui->testProgress->hide();
    m_ui->testButton->setEnabled(true);
    m_ui->testResultsLabel->clear();
    m_form.load(profile, isNew);
    if (isNew)
        m_ui->connectionList->setCurrentIndex({});
    validate();
    markClean();
}

ConnectionProfile ConnectionManagerDialog::profileFromForm() const
{
    return m_form.read(m_current);
}

void ConnectionManagerDialog::validate()
{
    const QStringList problems = m_form.check(m_current);
    m_problems = problems;
    m_ui->validationLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    m_ui->saveButton->setEnabled(problems.isEmpty());
    m_ui->testButton->setEnabled(problems.isEmpty() && !m_runner->isRunning());
}

void ConnectionManagerDialog::addProfile()
{
    if (!confirmLeave())
        return;
    ConnectionProfile profile = ConnectionProfile::create(tr("New connection"));
    profile.urls = {QUrl(QStringLiteral("http://localhost:9200"))};
    load(profile, true);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionManagerDialog::duplicateProfile()
{
    ConnectionProfile copy = profileFromForm();
    const ConnectionProfile fresh = ConnectionProfile::create(tr("%1 (copy)").arg(copy.name));
    copy.id = fresh.id;
    copy.name = fresh.name;
    const QString source = m_isNew ? m_duplicatedFrom : m_current.id;
    load(copy, true);
    m_duplicatedFrom = source;
}

void ConnectionManagerDialog::confirmDelete()
{
    if (m_isNew) { // never saved: nothing to delete, just forget the form
        markClean();
        reloadList({});
        if (m_model->rowCount() == 0)
            addProfile();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete connection"),
                                tr("Delete the connection \"%1\" and its secrets in the keychain?").arg(m_current.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            deleteCurrent();
    });
    box->open();
}

void ConnectionManagerDialog::deleteCurrent()
{
    QString error;
    if (!m_store->remove(m_current.id, m_secrets, &error)) {
        setMessage(error, true);
        return;
    }
    markClean();
    m_current = {};
    reloadList({});
    if (m_model->rowCount() == 0)
        addProfile();
    emit profilesChanged();
}

bool ConnectionManagerDialog::save()
{
    validate();
    if (!m_problems.isEmpty())
        return false;
    const ConnectionProfile profile = profileFromForm();
    QString error;
    if (!m_store->save(profile, &error)) {
        setMessage(error, true);
        return false;
    }
    const auto kind = profile.secretKind();
    const auto reportFailure = [this](const SecretResult& result) {
        if (!result.ok())
            setMessage(tr("The connection is saved, but its secret is not: %1").arg(result.message), true);
    };
    if (kind && m_secretEdited && !profile.askSecretEveryTime) {
        m_secrets->write(profile.id, *kind, m_ui->secretEdit->text(), this, reportFailure);
    } else if (kind && !profile.askSecretEveryTime && m_isNew && !m_duplicatedFrom.isEmpty()) {
        // A duplicate keeps the original's secret: copy the keychain entry.
        const QString id = profile.id;
        m_secrets->read(m_duplicatedFrom, *kind, this, [this, id, kind, reportFailure](const SecretResult& result) {
            if (result.ok())
                m_secrets->write(id, *kind, result.secret, this, reportFailure);
        });
    }
    saveKeyPassphrase(profile);
    markClean();
    m_current = {};
    reloadList(profile.id);
    setMessage(tr("Saved."), false);
    emit profilesChanged();
    return true;
}

void ConnectionManagerDialog::saveKeyPassphrase(const ConnectionProfile& profile)
{
    const auto reportFailure = [this](const SecretResult& result) {
        if (!result.ok())
            setMessage(tr("The connection is saved, but its key passphrase is not: %1").arg(result.message), true);
    };
    const SecretKind kind = SecretKind::ClientKeyPassphrase;
    if (profile.clientKeyFile.isEmpty()) {
        if (!m_isNew) // no key any more: nothing to unlock
            m_secrets->remove(profile.id, kind, this, {});
        return;
    }
    if (m_passphraseEdited) {
        const QString passphrase = m_ui->keyPassphraseEdit->text();
        if (passphrase.isEmpty())
            m_secrets->remove(profile.id, kind, this, reportFailure);
        else
            m_secrets->write(profile.id, kind, passphrase, this, reportFailure);
    } else if (m_isNew && !m_duplicatedFrom.isEmpty()) {
        const QString id = profile.id;
        m_secrets->read(m_duplicatedFrom, kind, this, [this, id, kind, reportFailure](const SecretResult& result) {
            if (result.ok())
                m_secrets->write(id, kind, result.secret, this, reportFailure);
        });
    }
}

void ConnectionManagerDialog::testConnection()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    const ConnectionProfile profile = profileFromForm();
    const QString owner = m_isNew ? m_duplicatedFrom : m_current.id; // whose saved secrets apply to the form
    std::optional<QString> secret;
    if (m_secretEdited || profile.askSecretEveryTime || owner.isEmpty())
        secret = m_ui->secretEdit->text();
    std::optional<QString> passphrase;
    if (m_passphraseEdited || owner.isEmpty())
        passphrase = m_ui->keyPassphraseEdit->text();
    m_ui->testButton->setEnabled(false);
    m_ui->testProgress->show();
    m_ui->testResultsLabel->setText(tr("Reading the secret from the keychain…"));
    m_runner->start(profile, owner, secret, passphrase);
}

void ConnectionManagerDialog::showReport(const ConnectionTestReport& report)
{
    m_ui->testProgress->hide();
    m_ui->testButton->setEnabled(m_problems.isEmpty());
    QStringList lines;
    const QList<ConnectionTestReport::Check> checks = {report.connection, report.license, report.privileges,
                                                       report.remoteClusters};
    for (const ConnectionTestReport::Check& check : checks)
        lines.append(QStringLiteral("%1 %2").arg(statusMark(check.status), check.text.toHtmlEscaped()));
    m_ui->testResultsLabel->setStyleSheet(QString());
    m_ui->testResultsLabel->setTextFormat(Qt::RichText);
    m_ui->testResultsLabel->setText(lines.join(QStringLiteral("<br>")));
    emit testFinished(report);
}

void ConnectionManagerDialog::setMessage(const QString& text, bool error)
{
    m_ui->testResultsLabel->setTextFormat(Qt::PlainText);
    m_ui->testResultsLabel->setText(text);
    ErrorStyle::markError(m_ui->testResultsLabel, error);
}

} // namespace duper::ui

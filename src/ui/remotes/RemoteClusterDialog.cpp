#include "ui/remotes/RemoteClusterDialog.h"

#include "core/es/EsJob.h"
#include "core/remotes/RemoteAddress.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/remotes/RemoteClusterAlias.h"
#include "ui_RemoteClusterDialog.h"

#include <QPushButton>

namespace duper::ui {

RemoteClusterDialog::RemoteClusterDialog(RemoteClusterActions* actions, const QStringList& existingAliases,
                                         QWidget* parent)
    : QDialog(parent), m_ui(new ::Ui::RemoteClusterDialog), m_actions(actions), m_existing(existingAliases)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("remoteClusterDialog"));
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->progressBar->hide();
    m_ui->cancelRequestButton->hide();
    m_ui->errorLabel->hide();

    connect(m_ui->sniffRadio, &QRadioButton::toggled, this, [this](bool sniff) {
        m_ui->modeStack->setCurrentWidget(sniff ? m_ui->sniffPage : m_ui->proxyPage);
        validate();
    });
    connect(m_ui->aliasEdit, &QLineEdit::textChanged, this, &RemoteClusterDialog::validate);
    connect(m_ui->seedsEdit, &QPlainTextEdit::textChanged, this, &RemoteClusterDialog::validate);
    connect(m_ui->proxyAddressEdit, &QLineEdit::textChanged, this, &RemoteClusterDialog::validate);
    connect(m_ui->cancelRequestButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RemoteClusterDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RemoteClusterDialog::reject);
    validate();
}

RemoteClusterDialog::~RemoteClusterDialog()
{
    if (m_job) {
        m_job->disconnect(this); // no callback into a half-destroyed dialog
        m_job->cancel();
    }
}

QPushButton* RemoteClusterDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

void RemoteClusterDialog::setRemote(const RemoteClusterRow& row)
{
    m_editing = true;
    setWindowTitle(tr("Edit remote cluster “%1”").arg(row.alias));
    m_ui->aliasEdit->setText(row.alias);
    m_ui->aliasEdit->setReadOnly(true);
    const bool proxy = row.mode == RemoteClusterMode::Proxy;
    (proxy ? m_ui->proxyRadio : m_ui->sniffRadio)->setChecked(true);
    m_ui->seedsEdit->setPlainText(row.seeds.join(QLatin1Char('\n')));
    if (row.maxNodeConnections > 0)
        m_ui->nodeConnectionsSpin->setValue(row.maxNodeConnections);
    m_ui->proxyAddressEdit->setText(row.proxyAddress);
    m_ui->serverNameEdit->setText(row.serverName);
    if (row.maxSocketConnections > 0)
        m_ui->socketConnectionsSpin->setValue(row.maxSocketConnections);
    m_ui->skipUnavailableCheck->setChecked(row.skipUnavailable);
    (row.source == RemoteClusterRow::Source::Transient ? m_ui->transientRadio : m_ui->persistentRadio)
        ->setChecked(true);
    // Moving a remote between persistent and transient would leave a copy behind in the other section.
    m_ui->storageGroup->setEnabled(false);
    validate();
}

QStringList RemoteClusterDialog::seedLines() const
{
    QStringList lines;
    const QStringList raw = m_ui->seedsEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : raw)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

RemoteClusterSettings RemoteClusterDialog::settings() const
{
    RemoteClusterSettings settings;
    settings.alias = m_ui->aliasEdit->text();
    settings.persistent = m_ui->persistentRadio->isChecked();
    settings.skipUnavailable = m_ui->skipUnavailableCheck->isChecked();
    if (m_ui->sniffRadio->isChecked()) {
        settings.mode = RemoteClusterMode::Sniff;
        settings.seeds = seedLines();
        settings.nodeConnections = m_ui->nodeConnectionsSpin->value();
    } else {
        settings.mode = RemoteClusterMode::Proxy;
        settings.proxyAddress = m_ui->proxyAddressEdit->text().trimmed();
        settings.serverName = m_ui->serverNameEdit->text().trimmed();
        settings.proxySocketConnections = m_ui->socketConnectionsSpin->value();
    }
    return settings;
}

QString RemoteClusterDialog::aliasProblem() const
{
    const QString alias = m_ui->aliasEdit->text();
    if (const QString problem = RemoteClusterAlias::validate(alias); !problem.isEmpty())
        return problem;
    if (!m_editing && m_existing.contains(alias))
        return tr("A remote cluster named “%1” already exists; edit it instead.").arg(alias);
    return {};
}

QStringList RemoteClusterDialog::seedProblems() const
{
    const QStringList lines = seedLines();
    if (lines.isEmpty())
        return {tr("Add at least one seed: a node's transport address as host:port, e.g. 10.0.0.5:9300.")};
    QStringList problems;
    for (const QString& line : lines) {
        QString error;
        if (!RemoteAddress::parse(line, &error))
            problems << error;
    }
    return problems;
}

QString RemoteClusterDialog::proxyAddressProblem() const
{
    const QString text = m_ui->proxyAddressEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the proxy address as host:port, e.g. proxy.example.com:9400.");
    QString error;
    return RemoteAddress::parse(text, &error) ? QString() : error;
}

QStringList RemoteClusterDialog::problems() const
{
    QStringList all;
    if (const QString alias = aliasProblem(); !alias.isEmpty())
        all << alias;
    if (m_ui->sniffRadio->isChecked())
        all << seedProblems();
    else if (const QString proxy = proxyAddressProblem(); !proxy.isEmpty())
        all << proxy;
    return all;
}

void RemoteClusterDialog::validate()
{
    // Say nothing about a field the user has not started on; Save stays disabled until all are fine.
    const bool aliasTouched = !m_ui->aliasEdit->text().isEmpty();
    m_ui->aliasMessage->setText(aliasTouched ? aliasProblem() : QString());
    const bool seedsTouched = !m_ui->seedsEdit->toPlainText().isEmpty();
    m_ui->seedsMessage->setText(seedsTouched ? seedProblems().join(QLatin1Char('\n')) : QString());
    const bool proxyTouched = !m_ui->proxyAddressEdit->text().isEmpty();
    m_ui->proxyAddressMessage->setText(proxyTouched ? proxyAddressProblem() : QString());
    for (QLabel* label : {m_ui->aliasMessage, m_ui->seedsMessage, m_ui->proxyAddressMessage})
        label->setVisible(!label->text().isEmpty());
    saveButton()->setEnabled(problems().isEmpty() && !isSaving());
}

void RemoteClusterDialog::accept()
{
    if (isSaving() || !problems().isEmpty())
        return;
    const RemoteClusterSettings toWrite = settings();
    if (!m_actions) {
        showError(tr("The connection to the cluster was closed. Connect again to save the remote cluster."));
        return;
    }
    showError({});
    setSaving(true);
    EsJob* job = m_actions->save(toWrite);
    m_job = job;
    connect(job, &EsJob::finished, this, [this, alias = toWrite.alias](EsJob* finished) {
        m_job = nullptr;
        setSaving(false);
        if (finished->error().kind() == EsError::Kind::Cancelled) {
            showError(tr("Cancelled. Elasticsearch may still have applied the change; the list shows what is in "
                         "force after the next refresh."));
            return;
        }
        if (finished->hasError()) {
            showError(tr("Elasticsearch did not save the remote cluster: %1").arg(finished->error().userMessage()));
            return;
        }
        emit remoteSaved(alias);
        QDialog::accept();
    });
}

void RemoteClusterDialog::reject()
{
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

void RemoteClusterDialog::setSaving(bool saving)
{
    m_ui->progressBar->setVisible(saving);
    m_ui->cancelRequestButton->setVisible(saving);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->modeGroup), static_cast<QWidget*>(m_ui->modeStack),
                            static_cast<QWidget*>(m_ui->skipUnavailableCheck)})
        widget->setEnabled(!saving);
    m_ui->aliasEdit->setEnabled(!saving);
    if (!m_editing)
        m_ui->storageGroup->setEnabled(!saving);
    saveButton()->setEnabled(!saving && problems().isEmpty());
}

void RemoteClusterDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

QString RemoteClusterDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

} // namespace duper::ui

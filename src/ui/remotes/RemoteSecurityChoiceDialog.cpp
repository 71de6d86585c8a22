#include "ui/remotes/RemoteSecurityChoiceDialog.h"

#include "ui_RemoteSecurityChoiceDialog.h"

#include <QPushButton>

namespace duper::ui {

RemoteSecurityChoiceDialog::RemoteSecurityChoiceDialog(QWidget* parent)
    : QDialog(parent), m_ui(new Ui::RemoteSecurityChoiceDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("remoteSecurityChoiceDialog"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("continueButton"));
    ok->setText(tr("&Continue…"));
    m_ui->apiKeyRadio->setFocus();
    connect(this, &QDialog::accepted, this, [this] { emit chosen(model()); });
}

RemoteSecurityChoiceDialog::~RemoteSecurityChoiceDialog() = default;

RemoteSecurityChoiceDialog::Model RemoteSecurityChoiceDialog::model() const
{
    return m_ui->certificateRadio->isChecked() ? Model::Certificate : Model::ApiKey;
}

void RemoteSecurityChoiceDialog::setModel(Model model)
{
    (model == Model::Certificate ? m_ui->certificateRadio : m_ui->apiKeyRadio)->setChecked(true);
}

} // namespace duper::ui

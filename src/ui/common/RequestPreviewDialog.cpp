#include "ui/common/RequestPreviewDialog.h"

#include "ui_RequestPreviewDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace duper::ui {

RequestPreviewDialog::RequestPreviewDialog(ConsoleRequest request, QUrl baseUrl, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::RequestPreviewDialog), m_request(std::move(request)), m_baseUrl(std::move(baseUrl))
{
    m_ui->setupUi(this);
    m_ui->requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->consoleRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setFormat(Format::Console);
    });
    connect(m_ui->curlRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setFormat(Format::Curl);
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RequestPreviewDialog::copyToClipboard);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

RequestPreviewDialog::~RequestPreviewDialog() = default;

void RequestPreviewDialog::setFormat(Format format)
{
    m_format = format;
    // Keep the radios in step when called from code; toggling back into here is harmless.
    m_ui->consoleRadio->setChecked(format == Format::Console);
    m_ui->curlRadio->setChecked(format == Format::Curl);
    refresh();
}

QString RequestPreviewDialog::text() const
{
    return m_format == Format::Console ? m_request.consoleText() : m_request.curlCommand(m_baseUrl);
}

void RequestPreviewDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
    m_ui->copiedLabel->setText(tr("Copied to the clipboard."));
}

void RequestPreviewDialog::refresh()
{
    m_ui->requestText->setPlainText(text());
    m_ui->copiedLabel->clear();
}

} // namespace duper::ui

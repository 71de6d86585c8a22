#pragma once

#include "core/ccr/ConsoleRequest.h"

#include <QDialog>
#include <QScopedPointer>
#include <QUrl>

namespace Ui {
class RequestPreviewDialog;
}

namespace duper::ui {

// Shows the request a dialog is about to send, read-only, as Kibana Dev Tools text or as a curl command, with a
// Copy button. Credentials never appear: ConsoleRequest has none.
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Console,
        Curl
    };

    RequestPreviewDialog(ConsoleRequest request, QUrl baseUrl, QWidget* parent = nullptr);
    ~RequestPreviewDialog() override;

    Format format() const { return m_format; }
    void setFormat(Format format);
    // The text shown (and copied) in the current format.
    QString text() const;

public slots:
    void copyToClipboard();

private:
    void refresh();

    QScopedPointer<Ui::RequestPreviewDialog> m_ui;
    ConsoleRequest m_request;
    QUrl m_baseUrl;
    Format m_format = Format::Console;
};

} // namespace duper::ui

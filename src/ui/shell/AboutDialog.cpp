#include "ui/shell/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPushButton>

namespace duper::ui {

namespace {

// The key lines of the repository's LICENSE (MIT); legal text stays in English.
const char* const mitLicence =
    "MIT License<br>Copyright (c) 2026 The Duper authors<br><br>"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, including without "
    "limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the "
    "Software, and to permit persons to whom the Software is furnished to do so, subject to the following "
    "conditions:<br><br>"
    "The above copyright notice and this permission notice shall be included in all copies or substantial portions "
    "of the Software.<br><br>"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT "
    "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT "
    "SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN "
    "ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR "
    "OTHER DEALINGS IN THE SOFTWARE.";

QString link(const char* url)
{
    const QString address = QString::fromLatin1(url);
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(address);
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_ui(new Ui::AboutDialog)
{
    m_ui->setupUi(this);
    const QString iconFile = QStringLiteral(":/icons/dev.duper.Duper.svg");
    if (QFile::exists(iconFile)) // absent from the resources: no picture, nothing else changes
        m_ui->iconLabel->setPixmap(QIcon(iconFile).pixmap(64, 64));
    else
        m_ui->iconLabel->hide();
    QFont font = m_ui->nameLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_ui->nameLabel->setFont(font);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTexts();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return tr("Version %1").arg(QCoreApplication::applicationVersion());
}

QString AboutDialog::qtVersionText() const
{
    return tr("Built with Qt %1, running on Qt %2")
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QString AboutDialog::licencesHtml() const
{
    QString html;
    html += QStringLiteral("<p><b>Duper</b> — %1</p>").arg(tr("MIT licence (MIT); the full text is below"));
    html += QStringLiteral("<p><b>Qt</b> — %1<br>%2</p>")
                .arg(tr("GNU Lesser General Public License v3 (LGPL-3.0)"),
                     link("https://www.qt.io/licensing/open-source-lgpl-obligations"));
    html += QStringLiteral("<p><b>QtKeychain</b> — %1<br>%2</p>")
                .arg(tr("BSD 3-Clause licence (BSD-3-Clause)"), link("https://github.com/frankosterfeld/qtkeychain"));
    html += QStringLiteral("<p><b>simdjson</b> — %1<br>%2</p>")
                .arg(tr("Apache License 2.0 (Apache-2.0)"), link("https://github.com/simdjson/simdjson"));
    html += QStringLiteral("<hr><p><small>%1</small></p>").arg(QString::fromLatin1(mitLicence));
    return html;
}

void AboutDialog::fillTexts()
{
    m_ui->versionLabel->setText(versionText());
    m_ui->qtVersionLabel->setText(qtVersionText());
    m_ui->licencesBrowser->setHtml(licencesHtml());
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace duper::ui

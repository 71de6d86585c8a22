#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AboutDialog;
}

namespace duper::ui {

// Help → About Duper: the icon, name and version, what Duper is, the Qt it was built with and runs on, and the
// licences of Duper (MIT) and of what it ships with (Qt, QtKeychain, simdjson), with links that open in the browser.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;
    QString qtVersionText() const;
    QString licencesHtml() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillTexts();

    QScopedPointer<Ui::AboutDialog> m_ui;
};

} // namespace duper::ui

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace duper::ui {

// What a first run shows: no connection yet, so offer to add one or to try the built-in sandbox.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Shown under the buttons (e.g. why the sandbox did not start); empty hides it.
    void setMessage(const QString& message);

signals:
    void addConnectionRequested();
    void trySandboxRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_addButton;
    QPushButton* m_sandboxButton;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_message;
};

} // namespace duper::ui

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace duper::ui {

// A centred message in place of a list that has nothing to show: a title, a sentence or two, and an optional
// button that leads to the next step ("Create your first follower index").
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    // An empty `buttonText` hides the button.
    void setContent(const QString& title, const QString& text, const QString& buttonText = {});
    QString title() const;
    QString text() const;
    QPushButton* button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace duper::ui

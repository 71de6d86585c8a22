#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QMessageBox;

namespace duper {
class HistoryError;
class HistoryStore;
} // namespace duper

namespace duper::ui {

// Says in words, once, that replication history is off: a warning box that does not block the window, and a short
// note in the status bar whose tooltip keeps the reason. Duper goes on without history.
class HistoryNotice : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the notice; it reports the store's disabled() (or an error it already has).
    HistoryNotice(HistoryStore* store, QMainWindow* window);

    QLabel* label() const { return m_label; } // null until history is off
    QMessageBox* box() const;                 // null until history is off, and after it was closed

private:
    void show(const HistoryError& error);

    QMainWindow* m_window;
    QLabel* m_label = nullptr;
    QPointer<QMessageBox> m_box;
};

} // namespace duper::ui

#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace duper::ui {

// The refresh corner of a list's toolbar: a refresh button, the auto-refresh interval (off, 5 s, 10 s, 30 s,
// 1 min) and when the data was last updated.
class AutoRefreshControl : public QWidget
{
    Q_OBJECT

public:
    explicit AutoRefreshControl(QWidget* parent = nullptr);

    static QList<int> intervalChoicesMs(); // AutoRefreshChoices::milliseconds(); 0 = off
    // Picks the nearest offered choice.
    void setIntervalMs(int ms);
    int intervalMs() const;
    void setRefreshing(bool refreshing);
    void setLastRefreshed(const QDateTime& when);
    QToolButton* refreshButton() const { return m_refresh; }
    QComboBox* intervalCombo() const { return m_interval; }

signals:
    void intervalChanged(int ms);
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showLastRefreshed();
    void reserveLabelWidth();

    QToolButton* m_refresh;
    QComboBox* m_interval;
    QLabel* m_lastRefreshed;
    QDateTime m_lastRefreshedAt;
};

} // namespace duper::ui

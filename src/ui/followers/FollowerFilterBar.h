#pragma once

#include "core/followers/FollowerRow.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace duper::ui {

// Search-as-you-type and a status filter above the follower table, with how many rows are shown.
class FollowerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FollowerFilterBar(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* stateCombo() const { return m_state; }
    std::optional<FollowerState> stateFilter() const;
    void setCounts(int shown, int total);
    // Back to "everything shown".
    void clear();

signals:
    void searchTextChanged(const QString& text);
    void stateFilterChanged(std::optional<duper::FollowerState> state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCounts();

    QLineEdit* m_search;
    QComboBox* m_state;
    QLabel* m_count;
    int m_shown = 0;
    int m_total = 0;
};

} // namespace duper::ui

#pragma once

#include <QComboBox>

namespace duper::ui {

class ConnectionListModel;

// The toolbar's connection picker over a ConnectionListModel. Emits profileSelected() when the user (or code) picks
// another connection.
class ConnectionSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit ConnectionSelector(ConnectionListModel* model, QWidget* parent = nullptr);

    QString currentProfileId() const;
    // Selects the profile without emitting profileSelected() when it already is current. False when absent.
    bool setCurrentProfileId(const QString& id);

signals:
    void profileSelected(const QString& id);

private:
    ConnectionListModel* m_model;
};

} // namespace duper::ui

#pragma once

#include "core/followers/FollowerRow.h"
#include "core/trend/CatchUpEstimate.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <optional>

namespace duper::ui {

// How the Follower indices table words its columns and cells: titles, header tooltips, states, numbers and times.
// Kept apart from FollowerTableModel, which only maps snapshots to rows; the texts keep the model's translation
// context so existing translations still apply.
class FollowerColumnTexts
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::FollowerTableModel)

public:
    static QString title(int column);
    static QString headerToolTip(int column);
    static QVariant cellText(const duper::FollowerRow& row, int column);
    static QString stateText(duper::FollowerState state);
    // "Caught up", "≈ 4 min", "Falling behind", "Unknown".
    static QString catchUpText(const duper::CatchUpEstimate& estimate);
    // "3 s", "2 min", "—": how the table words a time since the last read.
    static QString formatDuration(std::optional<qint64> millis);
};

} // namespace duper::ui

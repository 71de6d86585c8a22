#include "ui/fleet/FleetHealth.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace duper::ui {

FleetHealth::Level FleetHealth::ofRow(const FleetRow& row)
{
    switch (row.state) {
    case FleetRow::State::Pending:
        return Level::Unknown;
    case FleetRow::State::Reachable:
        return row.stale || !row.ccrProblem.isEmpty() ? Level::Warning : Level::Good;
    case FleetRow::State::Unauthorised:
    case FleetRow::State::SecretMissing:
        return Level::Warning;
    case FleetRow::State::Unreachable:
    case FleetRow::State::NotOpened:
        return Level::Bad;
    }
    return Level::Unknown;
}

FleetHealth::Level FleetHealth::ofState(std::optional<FollowerState> worst)
{
    if (!worst)
        return Level::Unknown;
    switch (*worst) {
    case FollowerState::Active:
        return Level::Good;
    case FollowerState::Paused:
        return Level::Warning;
    case FollowerState::Error:
        return Level::Bad;
    }
    return Level::Unknown;
}

QColor FleetHealth::color(Level level, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (level) {
    case Level::Good:
        return dark ? QColor(0x7c, 0xd9, 0x8b) : QColor(0x1b, 0x7a, 0x2e);
    case Level::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x9a, 0x5b, 0x00);
    case Level::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Level::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon FleetHealth::icon(Level level)
{
    QStyle* style = QApplication::style();
    switch (level) {
    case Level::Good:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Level::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Level::Bad:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Level::Unknown:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QString FleetHealth::stateText(std::optional<FollowerState> worst)
{
    if (!worst)
        return tr("no followers");
    switch (*worst) {
    case FollowerState::Active:
        return tr("active");
    case FollowerState::Paused:
        return tr("paused");
    case FollowerState::Error:
        return tr("error");
    }
    return {};
}

} // namespace duper::ui

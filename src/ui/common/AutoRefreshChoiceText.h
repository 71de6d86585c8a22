#pragma once

#include <QCoreApplication>
#include <QString>

namespace duper::ui {

// How an auto-refresh choice (core/preferences/AutoRefreshChoices) reads in a combo box.
class AutoRefreshChoiceText
{
    Q_DECLARE_TR_FUNCTIONS(AutoRefreshChoiceText)

public:
    enum class OffWording
    {
        Standalone, // "Auto-refresh off": the combo stands alone in a list's toolbar
        Labelled    // "Off": a form label already says "auto-refresh"
    };

    static QString label(int seconds, OffWording off = OffWording::Standalone);
};

} // namespace duper::ui

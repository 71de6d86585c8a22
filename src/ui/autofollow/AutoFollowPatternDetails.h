#pragma once

#include "core/autofollow/AutoFollowPatternRow.h"

#include <QCoreApplication>
#include <QString>

namespace duper::ui {

// The details of one auto-follow pattern as the tab shows them beside the table: status, remote, patterns, the
// follow settings it sets and its recent auto-follow errors.
class AutoFollowPatternDetails
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternsPage)

public:
    // HTML for a QTextBrowser; a hint to select a pattern when `row` is null.
    static QString html(const AutoFollowPatternRow* row);
};

} // namespace duper::ui

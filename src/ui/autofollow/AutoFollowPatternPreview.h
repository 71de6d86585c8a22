#pragma once

#include "core/ccr/AutoFollowPattern.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace duper::ui {

// The live preview of the auto-follow pattern form: the follower names the pattern gives example leader names, and
// the existing leader indices that match (which the pattern will not follow: "Follow many…" is for those).
class AutoFollowPatternPreview
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternDialog)

public:
    // At most this many existing indices are listed.
    static constexpr int maxListedIndices = 10;

    // The follower names for the example leader names that are not excluded.
    static QStringList followerNames(const AutoFollowPattern& pattern);
    // The `existing` leader indices that match one of `leaderPatterns`, sorted.
    static QStringList matching(const QStringList& leaderPatterns, const QStringList& existing);
    // Rich text for the preview label; `matching` are the existing indices on `remote`.
    static QString html(const AutoFollowPattern& pattern, const QStringList& matching, const QString& remote);
};

} // namespace duper::ui

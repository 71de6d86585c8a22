#include "ui/autofollow/AutoFollowPatternPreview.h"

#include "core/autofollow/AutoFollowPatternRules.h"

namespace duper::ui {

QStringList AutoFollowPatternPreview::followerNames(const AutoFollowPattern& pattern)
{
    QStringList names;
    for (const QString& leader : AutoFollowPatternRules::exampleLeaderNames(pattern.leaderIndexPatterns))
        if (!AutoFollowPatternRules::matchesAny(pattern.leaderIndexExclusionPatterns, leader))
            names << AutoFollowPatternRules::followerName(pattern.followIndexPattern, leader);
    return names;
}

QStringList AutoFollowPatternPreview::matching(const QStringList& leaderPatterns, const QStringList& existing)
{
    QStringList names;
    for (const QString& name : existing)
        if (AutoFollowPatternRules::matchesAny(leaderPatterns, name))
            names << name;
    names.sort();
    return names;
}

QString AutoFollowPatternPreview::html(const AutoFollowPattern& p, const QStringList& matching, const QString& remote)
{
    if (p.leaderIndexPatterns.isEmpty())
        return tr("Add a leader index pattern to see the follower index names it creates.");
    QString html = tr("New leader indices get followers named like this:") + QStringLiteral("<ul>");
    for (const QString& leader : AutoFollowPatternRules::exampleLeaderNames(p.leaderIndexPatterns)) {
        if (AutoFollowPatternRules::matchesAny(p.leaderIndexExclusionPatterns, leader)) {
            html += QStringLiteral("<li>%1 → %2</li>").arg(leader.toHtmlEscaped(), tr("excluded"));
        } else {
            html += QStringLiteral("<li>%1 → <b>%2</b></li>")
                        .arg(leader.toHtmlEscaped(),
                             AutoFollowPatternRules::followerName(p.followIndexPattern, leader).toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");

    if (!matching.isEmpty()) {
        html += tr("%n existing index(es) on “%1” match. The pattern does not follow indices that exist before "
                   "it; use “Follow many…” for those:",
                   nullptr, int(matching.size()))
                    .arg(remote.toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString& leader : matching.mid(0, maxListedIndices)) {
            if (AutoFollowPatternRules::matchesAny(p.leaderIndexExclusionPatterns, leader))
                html += QStringLiteral("<li><s>%1</s> (%2)</li>").arg(leader.toHtmlEscaped(), tr("excluded"));
            else
                html += QStringLiteral("<li>%1 → %2</li>")
                            .arg(leader.toHtmlEscaped(),
                                 AutoFollowPatternRules::followerName(p.followIndexPattern, leader).toHtmlEscaped());
        }
        if (matching.size() > maxListedIndices)
            html += QStringLiteral("<li>") + tr("and %n more", nullptr, int(matching.size() - maxListedIndices)) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace duper::ui

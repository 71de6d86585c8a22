#include "ui/autofollow/AutoFollowPatternDetails.h"

#include "ui/autofollow/AutoFollowPatternModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace duper::ui {

namespace {

QString htmlList(const QStringList& items)
{
    if (items.isEmpty())
        return QStringLiteral("—");
    QStringList escaped;
    for (const QString& item : items)
        escaped << item.toHtmlEscaped();
    return escaped.join(QStringLiteral(", "));
}

} // namespace

QString AutoFollowPatternDetails::html(const AutoFollowPatternRow* row)
{
    if (!row)
        return QStringLiteral("<p>%1</p>").arg(tr("Select a pattern to see its details."));
    const AutoFollowPattern& p = row->pattern;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(p.name.toHtmlEscaped());
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    line(tr("Status"), AutoFollowPatternModel::statusText(p.active).toHtmlEscaped());
    line(tr("Remote cluster"), p.remoteCluster.toHtmlEscaped());
    line(tr("Leader patterns"), htmlList(p.leaderIndexPatterns));
    line(tr("Exclusion patterns"), htmlList(p.leaderIndexExclusionPatterns));
    line(tr("Follower index pattern"), AutoFollowPatternModel::followerPatternText(p).toHtmlEscaped());
    const QJsonObject parameters = p.parameters.toJson();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        line(it.key(), it.value().toVariant().toString().toHtmlEscaped());
    for (auto it = p.settings.begin(); it != p.settings.end(); ++it)
        line(it.key(), it.value().toVariant().toString().toHtmlEscaped());
    if (parameters.isEmpty())
        line(tr("Follow settings"), tr("Elasticsearch's defaults").toHtmlEscaped());
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Recent errors").toHtmlEscaped());
    if (row->errors.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const AutoFollowError& error : row->errors)
            html +=
                QStringLiteral("<li>%1 — <b>%2</b>: %3</li>")
                    .arg(QLocale()
                             .toString(QDateTime::fromMSecsSinceEpoch(error.timestamp), QLocale::ShortFormat)
                             .toHtmlEscaped(),
                         error.leaderIndex.toHtmlEscaped(), error.autoFollowException.deepestReason().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace duper::ui

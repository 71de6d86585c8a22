#include "ui/followers/LeaderIndexCompletions.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace duper::ui {

QCompleter* LeaderIndexCompletions::createCompleter(QStandardItemModel* model, QObject* parent)
{
    auto* completer = new QCompleter(model, parent);
    completer->setObjectName(QStringLiteral("leaderCompleter"));
    completer->setCompletionRole(nameRole); // matched and inserted: the name; shown: "logs (data stream)"
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

void LeaderIndexCompletions::fill(QStandardItemModel* model, const ResolveIndexResponse& response, const QString& alias)
{
    const QString prefix = alias + QLatin1Char(':');
    auto add = [model, &prefix](const QString& qualified, const QString& display) {
        const QString name = qualified.startsWith(prefix) ? qualified.mid(prefix.size()) : qualified;
        auto* item = new QStandardItem(display.arg(name));
        item->setData(name, nameRole);
        model->appendRow(item);
    };
    for (const ResolvedDataStream& stream : response.dataStreams)
        add(stream.name, tr("%1 (data stream)"));
    for (const ResolvedIndex& index : response.indices) {
        if (!index.attributes.contains(QStringLiteral("hidden")) && index.dataStream.isEmpty())
            add(index.name, QStringLiteral("%1"));
    }
}

} // namespace duper::ui

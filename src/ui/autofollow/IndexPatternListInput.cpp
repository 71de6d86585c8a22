#include "ui/autofollow/IndexPatternListInput.h"

#include "core/autofollow/AutoFollowPatternRules.h"

#include <QLineEdit>
#include <QListWidget>

namespace duper::ui {

QStringList IndexPatternListInput::items(const QListWidget* list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result << list->item(row)->text();
    return result;
}

QStringList IndexPatternListInput::add(QLineEdit* edit, QListWidget* list)
{
    // Several at once: "logs-*, metrics-*".
    const QStringList typed = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList problems;
    QStringList refused;
    for (const QString& raw : typed) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        if (items(list).contains(pattern)) {
            problems << tr("“%1” is already in the list.").arg(pattern);
            continue;
        }
        if (const QString problem = AutoFollowPatternRules::indexPatternProblem(pattern); !problem.isEmpty()) {
            problems << problem;
            refused << pattern;
            continue;
        }
        list->addItem(pattern);
    }
    edit->setText(refused.join(QStringLiteral(", ")));
    return problems;
}

} // namespace duper::ui

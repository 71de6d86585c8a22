#pragma once

#include <QCoreApplication>
#include <QStringList>

class QLineEdit;
class QListWidget;

namespace duper::ui {

// A list of leader index (or exclusion) patterns filled from a line edit: several may be typed at once
// ("logs-*, metrics-*"); each is checked as Elasticsearch would, and the refused ones stay in the edit to fix.
class IndexPatternListInput
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternDialog)

public:
    static QStringList items(const QListWidget* list);
    // Moves the acceptable patterns typed in `edit` to `list`; returns a sentence per problem (empty when none).
    static QStringList add(QLineEdit* edit, QListWidget* list);
};

} // namespace duper::ui

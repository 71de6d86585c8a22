#pragma once

#include "core/values/FollowParameter.h"
#include "core/values/FollowParameters.h"
#include "ui/common/Retranslator.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace duper::ui {

// "Settings in force" of a follower: the ten follow parameters, each with the value Elasticsearch applies and
// whether it is Elasticsearch's default or a custom value. A paused follower has no settings reported; the view
// says so instead of showing defaults that may not be true.
// Object names: "settingValue_<rest_name>", "settingMarker_<rest_name>", "pausedSettingsLabel".
class FollowerSettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowerSettingsView(QWidget* parent = nullptr);

    // `reported` = false: Elasticsearch sent no settings (the follower is paused).
    void showParameters(const duper::FollowParameters& parameters, bool reported);

    // The people-facing name of a parameter ("Max read request size").
    static QString parameterLabel(duper::FollowParameter parameter);
    // True when `parameters` sets `parameter` to something other than Elasticsearch's default (compared by value,
    // so "32768kb" is still the default "32mb").
    static bool isCustom(const duper::FollowParameters& parameters, duper::FollowParameter parameter);

protected:
    void changeEvent(QEvent* event) override;

private:
    Retranslator m_texts;
    struct Row
    {
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QLabel* marker = nullptr;
    };

    QLabel* m_pausedLabel = nullptr;
    QWidget* m_grid = nullptr;
    QHash<duper::FollowParameter, Row> m_rows;
};

} // namespace duper::ui

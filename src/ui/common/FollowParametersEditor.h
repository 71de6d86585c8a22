#pragma once

#include "core/values/FollowParameter.h"
#include "core/values/FollowParameters.h"

#include <QMap>
#include <QScopedPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Ui {
class FollowParametersEditor;
}

namespace duper::ui {

// The ten follow tuning options as text fields: empty means "Elasticsearch's default" (shown as the placeholder),
// anything else is a custom value checked as the user types with the core's rules (grammar and CCR limits), the
// problem shown in plain words under the field. Shared by the follower dialogs and the auto-follow pattern dialog.
class FollowParametersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FollowParametersEditor(QWidget* parent = nullptr);
    ~FollowParametersEditor() override;

    // The custom values that are valid; invalid fields are left out (check isValid()).
    FollowParameters parameters() const;
    // Shows `parameters`; a value equal to Elasticsearch's default is shown as default (empty), since sending it or
    // not makes no difference. wait_for_active_shards is ignored.
    void setParameters(const FollowParameters& parameters);
    bool isValid() const;
    // The messages of the fields in error, in field order.
    QStringList errors() const;

    // Custom = a value is typed in; default = empty, Elasticsearch applies its default.
    bool isCustom(FollowParameter parameter) const;
    void resetToDefault(FollowParameter parameter);
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit(FollowParameter parameter) const;
    QLabel* errorLabel(FollowParameter parameter) const;

signals:
    void changed();

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QLabel* stateLabel = nullptr;
        QToolButton* resetButton = nullptr;
        QLabel* errorLabel = nullptr;
        QString error;
    };

    void validateField(FollowParameter parameter);

    QScopedPointer<Ui::FollowParametersEditor> m_ui;
    QMap<FollowParameter, Field> m_fields;
};

} // namespace duper::ui

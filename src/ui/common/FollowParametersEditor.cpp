#include "ui/common/FollowParametersEditor.h"

#include "ui/common/ErrorStyle.h"
#include "ui_FollowParametersEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace duper::ui {

namespace {

// "max_read_request_size" -> "maxReadRequestSize", the prefix of the field's widget names in the form.
QString widgetPrefix(FollowParameter parameter)
{
    const QStringList words = FollowParameterInfo::restName(parameter).split(QLatin1Char('_'));
    QString prefix = words.first();
    for (qsizetype i = 1; i < words.size(); ++i)
        prefix += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return prefix;
}

// True when `parameters` sets `parameter` to exactly Elasticsearch's default (compared as values: "32mb" equals
// "33554432b").
bool isDefaultValue(const FollowParameters& parameters, FollowParameter parameter)
{
    if (!parameters.isSet(parameter))
        return false;
    FollowParameters defaults;
    FollowParameters only;
    if (defaults.setFromText(parameter, FollowParameterInfo::defaultText(parameter)))
        return false;
    (void)only.setFromText(parameter, parameters.text(parameter));
    return only == defaults;
}

} // namespace

FollowParametersEditor::FollowParametersEditor(QWidget* parent) : QWidget(parent), m_ui(new Ui::FollowParametersEditor)
{
    m_ui->setupUi(this);
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString prefix = widgetPrefix(parameter);
        Field field;
        field.edit = findChild<QLineEdit*>(prefix + QStringLiteral("Edit"));
        field.stateLabel = findChild<QLabel*>(prefix + QStringLiteral("StateLabel"));
        field.resetButton = findChild<QToolButton*>(prefix + QStringLiteral("ResetButton"));
        field.errorLabel = findChild<QLabel*>(prefix + QStringLiteral("Error"));
        Q_ASSERT(field.edit && field.stateLabel && field.resetButton && field.errorLabel);
        field.edit->setPlaceholderText(FollowParameterInfo::defaultText(parameter));
        ErrorStyle::markError(field.errorLabel);
        field.errorLabel->hide();
        m_fields.insert(parameter, field);
        connect(field.edit, &QLineEdit::textChanged, this, [this, parameter] {
            validateField(parameter);
            emit changed();
        });
        connect(field.resetButton, &QToolButton::clicked, this, [this, parameter] { resetToDefault(parameter); });
        validateField(parameter);
    }
}

FollowParametersEditor::~FollowParametersEditor() = default;

FollowParameters FollowParametersEditor::parameters() const
{
    FollowParameters result;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const Field field = m_fields.value(parameter);
        if (field.error.isEmpty())
            (void)result.setFromText(parameter, field.edit->text());
    }
    return result;
}

void FollowParametersEditor::setParameters(const FollowParameters& parameters)
{
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const bool custom = parameters.isSet(parameter) && !isDefaultValue(parameters, parameter);
        m_fields[parameter].edit->setText(custom ? parameters.text(parameter) : QString());
    }
}

bool FollowParametersEditor::isValid() const
{
    for (const Field& field : m_fields) {
        if (!field.error.isEmpty())
            return false;
    }
    return true;
}

QStringList FollowParametersEditor::errors() const
{
    QStringList messages;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        if (const QString error = m_fields.value(parameter).error; !error.isEmpty())
            messages.append(error);
    }
    return messages;
}

bool FollowParametersEditor::isCustom(FollowParameter parameter) const
{
    return !m_fields.value(parameter).edit->text().trimmed().isEmpty();
}

void FollowParametersEditor::resetToDefault(FollowParameter parameter)
{
    m_fields[parameter].edit->clear();
}

void FollowParametersEditor::setReadOnly(bool readOnly)
{
    for (const Field& field : m_fields) {
        field.edit->setReadOnly(readOnly);
        field.resetButton->setEnabled(!readOnly && !field.edit->text().trimmed().isEmpty());
    }
}

QLineEdit* FollowParametersEditor::lineEdit(FollowParameter parameter) const
{
    return m_fields.value(parameter).edit;
}

QLabel* FollowParametersEditor::errorLabel(FollowParameter parameter) const
{
    return m_fields.value(parameter).errorLabel;
}

void FollowParametersEditor::validateField(FollowParameter parameter)
{
    Field& field = m_fields[parameter];
    const QString text = field.edit->text();
    FollowParameters single;
    field.error.clear();
    if (const std::optional<ValueError> error = single.setFromText(parameter, text)) {
        field.error = error->message();
    } else {
        // Grammar is fine: now the limits Elasticsearch checks (counts and sizes > 0, max_retry_delay <= 5m).
        const QList<ValueError> limits = single.validate();
        if (!limits.isEmpty())
            field.error = limits.constFirst().message();
    }
    const bool custom = !text.trimmed().isEmpty();
    field.errorLabel->setText(field.error);
    field.errorLabel->setVisible(!field.error.isEmpty());
    field.stateLabel->setText(custom ? tr("Custom") : tr("Default"));
    field.stateLabel->setToolTip(
        custom
            ? tr("This value is sent with the request")
            : tr("Not sent: Elasticsearch applies its default, %1").arg(FollowParameterInfo::defaultText(parameter)));
    field.resetButton->setEnabled(custom && !field.edit->isReadOnly());
    ErrorStyle::setInvalid(field.edit, !field.error.isEmpty());
}

} // namespace duper::ui

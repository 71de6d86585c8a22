#include "ui/followers/FollowerSettingsView.h"

#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace duper::ui {

FollowerSettingsView::FollowerSettingsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("followerSettingsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_pausedLabel = m_texts.text(new QLabel(this), [] {
        return tr("Elasticsearch does not report settings for a paused follower. Resume it to see the settings in "
                  "force.");
    });
    m_pausedLabel->setObjectName(QStringLiteral("pausedSettingsLabel"));
    m_pausedLabel->setWordWrap(true);
    layout->addWidget(m_pausedLabel);

    m_grid = new QWidget(this);
    m_grid->setObjectName(QStringLiteral("settingsGrid"));
    auto* grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    int line = 0;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString rest = FollowParameterInfo::restName(parameter);
        Row row;
        row.name = m_texts.text(new QLabel(m_grid), [parameter] { return parameterLabel(parameter); });
        row.name->setWordWrap(true); // a narrow details panel wraps the longer names instead of scrolling sideways
        row.name->setObjectName(QStringLiteral("settingName_") + rest);
        row.name->setToolTip(rest);
        row.value = new QLabel(m_grid);
        row.value->setObjectName(QStringLiteral("settingValue_") + rest);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.marker = new QLabel(m_grid);
        row.marker->setObjectName(QStringLiteral("settingMarker_") + rest);
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.value, line, 1, Qt::AlignRight);
        grid->addWidget(row.marker, line, 2);
        m_rows.insert(parameter, row);
        ++line;
    }
    layout->addWidget(m_grid);
    showParameters({}, false);
}

void FollowerSettingsView::changeEvent(QEvent* event)
{
    // The custom/default markers are set again when the panel shows the follower again.
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

void FollowerSettingsView::showParameters(const FollowParameters& parameters, bool reported)
{
    m_pausedLabel->setVisible(!reported);
    m_grid->setVisible(reported);
    if (!reported)
        return;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        const bool custom = isCustom(parameters, it.key());
        const QString raw = parameters.effectiveText(it.key());
        // Elasticsearch's "no limit" values (2147483647, 9223372036854775807b) read as a word; the raw value stays
        // in the tooltip (and in Show request).
        const bool unlimited = parameters.isUnlimited(it.key());
        it->value->setText(unlimited ? tr("unlimited") : raw);
        it->value->setToolTip(unlimited ? tr("No limit: Elasticsearch's %1").arg(raw) : QString());
        // A word, not only a colour or weight, tells custom values apart.
        it->marker->setText(custom ? tr("custom") : tr("default"));
        QFont font = it->value->font();
        font.setBold(custom);
        it->value->setFont(font);
        it->marker->setToolTip(custom ? tr("Set for this follower; Elasticsearch's default is %1.")
                                            .arg(FollowParameterInfo::defaultText(it.key()))
                                      : tr("Elasticsearch's default."));
    }
}

bool FollowerSettingsView::isCustom(const FollowParameters& parameters, FollowParameter parameter)
{
    if (!parameters.isSet(parameter))
        return false;
    // follow_info reports every parameter, defaults included: compare values, not presence.
    FollowParameters reported;
    FollowParameters defaults;
    if (reported.setFromText(parameter, parameters.text(parameter)) ||
        defaults.setFromText(parameter, FollowParameterInfo::defaultText(parameter)))
        return true;
    return !(reported == defaults);
}

QString FollowerSettingsView::parameterLabel(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
        return tr("Max read request operation count");
    case FollowParameter::MaxWriteRequestOperationCount:
        return tr("Max write request operation count");
    case FollowParameter::MaxOutstandingReadRequests:
        return tr("Max outstanding read requests");
    case FollowParameter::MaxOutstandingWriteRequests:
        return tr("Max outstanding write requests");
    case FollowParameter::MaxReadRequestSize:
        return tr("Max read request size");
    case FollowParameter::MaxWriteRequestSize:
        return tr("Max write request size");
    case FollowParameter::MaxWriteBufferCount:
        return tr("Max write buffer count");
    case FollowParameter::MaxWriteBufferSize:
        return tr("Max write buffer size");
    case FollowParameter::MaxRetryDelay:
        return tr("Max retry delay");
    case FollowParameter::ReadPollTimeout:
        return tr("Read poll timeout");
    }
    return FollowParameterInfo::restName(parameter);
}

} // namespace duper::ui

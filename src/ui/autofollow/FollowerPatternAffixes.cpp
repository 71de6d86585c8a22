#include "ui/autofollow/FollowerPatternAffixes.h"

#include "core/autofollow/AutoFollowPatternRules.h"

#include <QLineEdit>

namespace duper::ui {

FollowerPatternAffixes::FollowerPatternAffixes(QLineEdit* pattern, QLineEdit* prefix, QLineEdit* suffix,
                                               QObject* parent)
    : QObject(parent), m_pattern(pattern), m_prefix(prefix), m_suffix(suffix)
{
    connect(m_pattern, &QLineEdit::textChanged, this, &FollowerPatternAffixes::onPatternChanged);
    connect(m_prefix, &QLineEdit::textEdited, this, &FollowerPatternAffixes::onAffixEdited);
    connect(m_suffix, &QLineEdit::textEdited, this, &FollowerPatternAffixes::onAffixEdited);
    onPatternChanged();
}

void FollowerPatternAffixes::onPatternChanged()
{
    if (m_syncing)
        return;
    // Split back into prefix and suffix when the template is "<prefix>{{leader_index}}<suffix>".
    const QString text = m_pattern->text();
    const QString placeholder = AutoFollowPatternRules::placeholder();
    const qsizetype at = text.indexOf(placeholder);
    const bool splittable = at >= 0 && text.indexOf(placeholder, at + 1) < 0;
    m_prefix->setText(splittable ? text.left(at) : QString());
    m_suffix->setText(splittable ? text.mid(at + placeholder.size()) : QString());
    m_prefix->setEnabled(splittable || text.isEmpty());
    m_suffix->setEnabled(splittable || text.isEmpty());
}

void FollowerPatternAffixes::onAffixEdited()
{
    m_syncing = true;
    m_pattern->setText(m_prefix->text().trimmed() + AutoFollowPatternRules::placeholder() + m_suffix->text().trimmed());
    m_syncing = false;
}

} // namespace duper::ui

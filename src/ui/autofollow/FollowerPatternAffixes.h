#pragma once

#include <QObject>

class QLineEdit;

namespace duper::ui {

// The prefix/suffix helper of a follower index pattern: typing a prefix or suffix writes
// "<prefix>{{leader_index}}<suffix>" into the pattern, and a pattern of that shape typed by hand is split back into
// the two fields (which are disabled for any other shape).
class FollowerPatternAffixes : public QObject
{
    Q_OBJECT

public:
    // Keeps the three fields in step from now on; splits the pattern's current text at once.
    FollowerPatternAffixes(QLineEdit* pattern, QLineEdit* prefix, QLineEdit* suffix, QObject* parent = nullptr);

private:
    void onPatternChanged();
    void onAffixEdited();

    QLineEdit* m_pattern;
    QLineEdit* m_prefix;
    QLineEdit* m_suffix;
    bool m_syncing = false;
};

} // namespace duper::ui

#pragma once

#include "core/ccr/ShardFollowStats.h"
#include "core/es/ErrorCause.h"
#include "ui/common/Retranslator.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QTreeWidget;

namespace duper::ui {

// The read errors of a follower's shards (follow stats `read_exceptions`): one line per failed read with the shard,
// when the panel first saw it (Elasticsearch reports no time), the sequence number it tried to read from, how often
// it was retried, and the error with its innermost cause. "No read errors" when there are none.
// Object names: "readExceptionsTree", "noReadErrorsLabel".
class ReadExceptionsView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ShardColumn,
        FirstSeenColumn,
        FromSeqNoColumn,
        RetriesColumn,
        ReasonColumn,
        ColumnCount
    };

    // `clock` gives the time an error is first seen; injectable for tests.
    explicit ReadExceptionsView(QWidget* parent = nullptr, std::function<QDateTime()> clock = {});

    // `follower` tells a refresh of the same index (first-seen times are kept) from another index.
    void showShards(const QString& follower, const QList<duper::ShardFollowStats>& shards);
    int errorCount() const;

    // "type: reason"; the reason alone when there is no type.
    static QString describe(const duper::ErrorCause& cause);
    // The innermost caused_by, or the cause itself when it has none.
    static const duper::ErrorCause& innermost(const duper::ErrorCause& cause);

protected:
    void changeEvent(QEvent* event) override;

private:
    Retranslator m_texts;
    std::function<QDateTime()> m_clock;
    QString m_follower;
    QHash<QString, QDateTime> m_firstSeen; // "shard/from_seq_no"
    QTreeWidget* m_tree = nullptr;
    QLabel* m_emptyLabel = nullptr;
};

} // namespace duper::ui

#include "ui/followers/ReadExceptionsView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duper::ui {

ReadExceptionsView::ReadExceptionsView(QWidget* parent, std::function<QDateTime()> clock)
    : QWidget(parent), m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("readExceptionsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_emptyLabel = m_texts.text(new QLabel(this), [] { return tr("No read errors"); });
    m_emptyLabel->setObjectName(QStringLiteral("noReadErrorsLabel"));
    layout->addWidget(m_emptyLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("readExceptionsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setColumnCount(ColumnCount);
    m_texts.add([tree = m_tree] {
        tree->setHeaderLabels({tr("Shard"), tr("First seen"), tr("From sequence number"), tr("Retries"), tr("Error")});
    });
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMaximumHeight(160);
    layout->addWidget(m_tree);
    m_tree->hide();
}

void ReadExceptionsView::changeEvent(QEvent* event)
{
    // The rows are filled again when the panel shows the follower again.
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

void ReadExceptionsView::showShards(const QString& follower, const QList<ShardFollowStats>& shards)
{
    if (follower != m_follower) {
        m_follower = follower;
        m_firstSeen.clear();
    }
    const QDateTime now = m_clock();
    QHash<QString, QDateTime> seen;
    m_tree->clear();
    QLocale locale;
    for (const ShardFollowStats& shard : shards) {
        for (const ReadException& exception : shard.readExceptions) {
            const QString key = QStringLiteral("%1/%2").arg(shard.shardId).arg(exception.fromSeqNo);
            const QDateTime first = m_firstSeen.value(key, now);
            seen.insert(key, first);

            const ErrorCause& inner = innermost(exception.exception);
            QString error = describe(exception.exception);
            if (&inner != &exception.exception)
                error += QLatin1Char('\n') + tr("Caused by: %1").arg(describe(inner));

            auto* item = new QTreeWidgetItem(m_tree);
            item->setText(ShardColumn, QString::number(shard.shardId));
            item->setText(FirstSeenColumn, locale.toString(first.time(), QLocale::ShortFormat));
            item->setToolTip(FirstSeenColumn, tr("Elasticsearch does not report when a read failed; this is when "
                                                 "it was first seen here."));
            item->setText(FromSeqNoColumn, locale.toString(exception.fromSeqNo));
            item->setText(RetriesColumn, locale.toString(exception.retries));
            item->setText(ReasonColumn, error);
            item->setToolTip(ReasonColumn, error);
            for (int column = ShardColumn; column < ReasonColumn; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignTop);
        }
    }
    // Entries that went away (a later read succeeded) are forgotten, so a new failure gets a new time.
    m_firstSeen = seen;
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_tree->setVisible(!empty);
}

int ReadExceptionsView::errorCount() const
{
    return m_tree->topLevelItemCount();
}

QString ReadExceptionsView::describe(const ErrorCause& cause)
{
    if (cause.type.isEmpty())
        return cause.reason;
    if (cause.reason.isEmpty())
        return cause.type;
    return tr("%1: %2").arg(cause.type, cause.reason);
}

const ErrorCause& ReadExceptionsView::innermost(const ErrorCause& cause)
{
    const ErrorCause* current = &cause;
    while (current->causedBy)
        current = current->causedBy.get();
    return *current;
}

} // namespace duper::ui

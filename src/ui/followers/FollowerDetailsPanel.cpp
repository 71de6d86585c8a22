#include "ui/followers/FollowerDetailsPanel.h"

#include "ui/followers/ConsistencyCheckView.h"
#include "ui/followers/FollowerSettingsView.h"
#include "ui/followers/ReadExceptionsView.h"
#include "ui/followers/ShardStatsModel.h"
#include "ui/history/FollowerHistoryView.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace duper::ui {

namespace {

// The widest the panel grows to show a long word whole; past it, the panel scrolls sideways.
constexpr int kWidestDetails = 480;

QLabel* selectableLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox* group(const QString& objectName, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(parent);
    box->setObjectName(objectName);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

FollowerDetailsPanel::FollowerDetailsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("followerDetailsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("detailsStack"));
    layout->addWidget(m_stack);

    m_placeholder = m_texts.text(new QLabel(m_stack), [] { return tr("Select a follower index to see its details"); });
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildDetails());
    m_stack->addWidget(m_scroll);

    connect(m_recreate, &QPushButton::clicked, this, [this] { emit recreateRequested(m_current); });
    connect(m_resume, &QPushButton::clicked, this, [this] { emit resumeRequested(m_current); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_current); });

    showFollower(nullptr);
}

QWidget* FollowerDetailsPanel::buildDetails()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("detailsContent"));
    auto* layout = new QVBoxLayout(content);

    m_name = selectableLabel(QStringLiteral("followerNameLabel"), content);
    QFont heading = m_name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    m_name->setFont(heading);
    m_name->setWordWrap(true);
    layout->addWidget(m_name);

    auto* statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(content);
    m_statusIcon->setObjectName(QStringLiteral("statusIconLabel"));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    layout->addLayout(statusRow);
    m_statusDetail = selectableLabel(QStringLiteral("statusDetailLabel"), content);
    m_statusDetail->setWordWrap(true);
    layout->addWidget(m_statusDetail);

    m_fatalFrame = buildFatalFrame();
    layout->addWidget(m_fatalFrame);

    auto* form = new QFormLayout;
    m_remoteCluster = selectableLabel(QStringLiteral("remoteClusterLabel"), content);
    m_leaderIndex = selectableLabel(QStringLiteral("leaderIndexLabel"), content);
    auto* remoteTitle = m_texts.text(new QLabel(content), [] { return tr("Remote cluster:"); });
    remoteTitle->setObjectName(QStringLiteral("remoteClusterTitleLabel"));
    auto* leaderTitle = m_texts.text(new QLabel(content), [] { return tr("Leader index:"); });
    leaderTitle->setObjectName(QStringLiteral("leaderIndexTitleLabel"));
    form->addRow(remoteTitle, m_remoteCluster);
    form->addRow(leaderTitle, m_leaderIndex);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_edit = m_texts.text(new QPushButton(content), [] { return tr("Edit settings…"); });
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_resume = m_texts.text(new QPushButton(content), [] { return tr("Resume replication"); });
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    actions->addWidget(m_edit);
    actions->addWidget(m_resume);
    actions->addStretch();
    layout->addLayout(actions);

    m_history = new FollowerHistoryView(content);
    layout->addWidget(titled(group(QStringLiteral("historyGroup"), m_history, content), [] { return tr("History"); }));

    m_consistency = new ConsistencyCheckView(content);
    layout->addWidget(titled(group(QStringLiteral("consistencyGroup"), m_consistency, content),
                             [] { return tr("Consistency with the leader"); }));

    m_settings = new FollowerSettingsView(content);
    layout->addWidget(
        titled(group(QStringLiteral("settingsGroup"), m_settings, content), [] { return tr("Settings in force"); }));

    auto* shards = new QWidget(content);
    shards->setObjectName(QStringLiteral("shardsContent"));
    auto* shardsLayout = new QVBoxLayout(shards);
    shardsLayout->setContentsMargins(0, 0, 0, 0);
    m_pausedShards = m_texts.text(new QLabel(shards), [] {
        return tr("A paused follower has no running shard-follow tasks, so there are no shard statistics.");
    });
    m_pausedShards->setObjectName(QStringLiteral("pausedShardsLabel"));
    m_pausedShards->setWordWrap(true);
    shardsLayout->addWidget(m_pausedShards);
    m_shardModel = new ShardStatsModel(this);
    m_shardProxy = new QSortFilterProxyModel(this);
    m_shardProxy->setObjectName(QStringLiteral("shardProxyModel"));
    m_shardProxy->setSourceModel(m_shardModel);
    m_shardProxy->setSortRole(ShardStatsModel::SortRole);
    m_shardProxy->setDynamicSortFilter(true);
    m_shardTable = new QTableView(shards);
    m_shardTable->setObjectName(QStringLiteral("shardTable"));
    m_shardTable->setModel(m_shardProxy);
    m_shardTable->setSortingEnabled(true);
    m_shardTable->sortByColumn(ShardStatsModel::ShardColumn, Qt::AscendingOrder);
    m_shardTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shardTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shardTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shardTable->verticalHeader()->hide();
    // Each column as wide as its header or figures, whichever is wider: no cut labels ("eader checkpoi").
    m_shardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shardTable->setMinimumHeight(120);
    shardsLayout->addWidget(m_shardTable);
    layout->addWidget(titled(group(QStringLiteral("shardsGroup"), shards, content), [] { return tr("Shards"); }));

    m_readErrors = new ReadExceptionsView(content);
    layout->addWidget(
        titled(group(QStringLiteral("readErrorsGroup"), m_readErrors, content), [] { return tr("Read errors"); }));
    layout->addStretch();
    return content;
}

QFrame* FollowerDetailsPanel::buildFatalFrame()
{
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("fatalFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    // The border helps notice it; the icon and the title say what it is.
    frame->setStyleSheet(QStringLiteral("QFrame#fatalFrame { border: 2px solid #c62828; border-radius: 4px; }"));
    auto* layout = new QHBoxLayout(frame);

    auto* icon = new QLabel(frame);
    icon->setObjectName(QStringLiteral("fatalIconLabel"));
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);

    auto* text = new QVBoxLayout;
    auto* title = m_texts.text(new QLabel(frame), [] { return tr("Replication has stopped"); });
    title->setObjectName(QStringLiteral("fatalTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    text->addWidget(title);
    m_fatalReason = selectableLabel(QStringLiteral("fatalReasonLabel"), frame);
    m_fatalReason->setWordWrap(true);
    text->addWidget(m_fatalReason);
    auto* explanation = m_texts.text(new QLabel(frame), [] {
        return tr("The shard-follow task hit an error it cannot recover from and will not retry, so this index no "
                  "longer receives changes from the leader. The usual fix is to recreate the follower index: that "
                  "deletes its data and copies it again from the leader index.");
    });
    explanation->setObjectName(QStringLiteral("fatalExplanationLabel"));
    explanation->setWordWrap(true);
    text->addWidget(explanation);
    m_recreate = m_texts.text(new QPushButton(frame), [] { return tr("Recreate follower index…"); });
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recreate);
    buttons->addStretch();
    text->addLayout(buttons);
    layout->addLayout(text, 1);
    return frame;
}

void FollowerDetailsPanel::fitWidthToContent()
{
    // Labels wrap between words only: a setting name in an error ("[index.soft_deletes.retention.lease.period]") would
    // otherwise push the content past the panel and cut the error box's edge behind a sideways scroll bar.
    const int needed = m_scroll->widget()->minimumSizeHint().width() +
                       m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth();
    m_scroll->setMinimumWidth(std::min(needed, kWidestDetails));
}

void FollowerDetailsPanel::showFollower(const FollowerRow* row)
{
    if (!row) {
        m_current.clear();
        m_history->showFollower({});
        m_consistency->showFollower({}, {});
        m_shardModel->setShards({});
        m_readErrors->showShards({}, {});
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const bool sameFollower = row->name == m_current;
    QScrollBar* scrollBar = m_scroll->verticalScrollBar();
    const int scrollValue = sameFollower ? scrollBar->value() : 0;
    m_current = row->name;

    m_name->setText(row->name);
    m_remoteCluster->setText(row->remoteCluster);
    m_leaderIndex->setText(row->leaderIndex);
    m_consistency->showFollower(row->name, row->remoteCluster);
    m_history->showFollower(row->name);
    showStatus(*row);
    showFatal(*row);

    const bool paused = row->state == FollowerState::Paused;
    m_resume->setVisible(paused);
    m_settings->showParameters(row->parameters, row->hasParameters);
    m_pausedShards->setVisible(paused && row->shards.isEmpty());
    if (!sameFollower)
        m_shardTable->clearSelection();
    // Same shards: updated in place, so the selection survives.
    m_shardModel->setShards(row->shards);
    m_readErrors->showShards(row->name, row->shards);

    fitWidthToContent();
    m_stack->setCurrentWidget(m_scroll);
    scrollBar->setValue(scrollValue);
    // The scroll range follows the new content only after the layout ran; restore once more then.
    QPointer<QScrollBar> guard(scrollBar);
    const QString name = row->name;
    QTimer::singleShot(0, this, [this, guard, scrollValue, name] {
        if (guard && name == m_current)
            guard->setValue(scrollValue);
    });
}

QGroupBox* FollowerDetailsPanel::titled(QGroupBox* box, std::function<QString()> title)
{
    m_texts.add([box, title = std::move(title)] { box->setTitle(title()); });
    return box;
}

void FollowerDetailsPanel::changeEvent(QEvent* event)
{
    // The follower on show is shown again by the page, which has its row.
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

QString FollowerDetailsPanel::currentFollower() const
{
    return m_current;
}

void FollowerDetailsPanel::showStatus(const FollowerRow& row)
{
    QStyle::StandardPixmap icon = QStyle::SP_MediaPlay;
    QString text;
    switch (row.state) {
    case FollowerState::Active:
        text = tr("Active");
        icon = QStyle::SP_MediaPlay;
        break;
    case FollowerState::Paused:
        text = tr("Paused");
        icon = QStyle::SP_MediaPause;
        break;
    case FollowerState::Error:
        text = tr("Error");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    m_status->setText(text);
    m_statusIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_statusIcon->setToolTip(text);
    m_statusDetail->setText(row.errorSummary);
    m_statusDetail->setVisible(!row.errorSummary.isEmpty());
}

void FollowerDetailsPanel::showFatal(const FollowerRow& row)
{
    QStringList reasons;
    for (const ShardFollowStats& shard : row.shards) {
        if (!shard.fatalException)
            continue;
        const ErrorCause& cause = *shard.fatalException;
        QString line = tr("Shard %1: %2").arg(shard.shardId).arg(ReadExceptionsView::describe(cause));
        const ErrorCause& inner = ReadExceptionsView::innermost(cause);
        if (&inner != &cause)
            line += QLatin1Char('\n') + tr("Caused by: %1").arg(ReadExceptionsView::describe(inner));
        reasons.append(line);
    }
    m_fatalReason->setText(reasons.join(QLatin1Char('\n')));
    m_fatalFrame->setVisible(!reasons.isEmpty());
}

} // namespace duper::ui

#pragma once

#include "core/fleet/FleetAnswers.h"
#include "core/session/Refresher.h"

#include <QTimer>
#include <memory>

namespace duper {

// One fleet cluster's refresh: GET /, its license, follow info, CCR stats, auto-follow patterns, remote info and
// nodes, sent in parallel and merged into FleetAnswers. Only GET / is essential (it says whether the cluster is
// reachable). A refresh that has not finished within the deadline is cancelled and fails as a timeout, so one slow
// cluster never holds up whoever waits for the fleet.
class FleetClusterRefresher : public Refresher
{
    Q_OBJECT

public:
    explicit FleetClusterRefresher(int deadlineMs, QObject* parent = nullptr);
    ~FleetClusterRefresher() override;

    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }

    // Null until the first refresh succeeded.
    std::shared_ptr<const FleetAnswers> answers() const { return m_answers; }

signals:
    void answersReady(std::shared_ptr<const duper::FleetAnswers> answers);

private:
    struct Requests;
    void startRefresh(CcrApi* api) override;
    void cancelRefresh() override;
    void clearSnapshot() override { m_answers.reset(); }
    void publish(const Requests& requests);
    void deadlinePassed();

    int m_deadlineMs;
    QTimer m_deadline;
    std::shared_ptr<const FleetAnswers> m_answers;
};

} // namespace duper

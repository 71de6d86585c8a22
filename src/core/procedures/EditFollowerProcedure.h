#pragma once

#include "core/es/EsError.h"
#include "core/procedures/FollowerProcedure.h"
#include "core/values/FollowParameters.h"

#include <QPointer>

namespace duper {

// Changes a follower's tuning options. Elasticsearch only takes new parameters on resume, so: pause (AlreadyDone
// when the follower is already paused) → resume with the new parameters. When the resume is refused the index is
// left paused; the failure report says so and resumeWithPrevious() puts back the parameters in force before the
// edit (given to the constructor, since a paused follower reports none).
class EditFollowerProcedure : public FollowerProcedure
{
    Q_OBJECT

public:
    EditFollowerProcedure(CcrApi* api, QString followerIndex, FollowParameters newParameters,
                          FollowParameters previousParameters, QObject* parent = nullptr);

    // The steps it runs, for progress lists made before the procedure exists.
    static QList<ProcedureStep> plannedSteps();

    const FollowParameters& newParameters() const { return m_newParameters; }
    const FollowParameters& previousParameters() const { return m_previousParameters; }

    // The base report, plus what the failure means for replication when the index was left paused.
    QString failureReport() const override;
    // True after a run that failed with the follower paused (a refused resume): resumeWithPrevious() can help.
    bool canResumeWithPrevious() const;
    bool isResumingWithPrevious() const { return !m_previousJob.isNull(); }

public slots:
    // Resumes replication with the previous parameters; reports with resumeWithPreviousFinished().
    void resumeWithPrevious();

signals:
    void resumeWithPreviousFinished(bool succeeded, const duper::EsError& error);

protected:
    void runStep(ProcedureStep step) override;
    void afterInspect() override;

private:
    void resume();

    FollowParameters m_newParameters;
    FollowParameters m_previousParameters;
    QPointer<EsJob> m_previousJob;
};

} // namespace duper

#pragma once

#include "core/followers/CcrAccess.h"

#include <QObject>

namespace duper {

class CcrApi;

// Reads license, privileges (manage_ccr, monitor) and remote clusters in parallel and emits finished() once with
// whatever could be read. A failed part stays unknown rather than failing the whole check: the follower list's
// own error says more.
class CcrAccessCheck : public QObject
{
    Q_OBJECT

public:
    // Starts at once; deletes itself after finished().
    CcrAccessCheck(CcrApi* api, QObject* parent = nullptr);

    static QStringList checkedPrivileges();

signals:
    void finished(const duper::CcrAccess& access);

private:
    void partDone();

    CcrAccess m_access;
    int m_pending = 3;
};

} // namespace duper

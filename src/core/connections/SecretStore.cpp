#include "core/connections/SecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <memory>

namespace duper {

void SecretStore::deliver(QObject* context, const Callback& done, const SecretResult& result)
{
    if (!done)
        return;
    QObject* receiver = context ? context : QCoreApplication::instance();
    if (!receiver) {
        done(result); // no event loop to defer to
        return;
    }
    // A queued call to a destroyed receiver is dropped by Qt, so `done` never runs after `context` is gone.
    QMetaObject::invokeMethod(
        receiver, [done, result]() { done(result); }, Qt::QueuedConnection);
}

void SecretStore::removeAll(const QString& profileId, QObject* context, Callback done)
{
    struct State
    {
        QList<SecretKind> kinds = allSecretKinds();
        qsizetype next = 0;
        std::optional<SecretResult> firstFailure;
        Callback done;
        std::function<void()> step;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    // The state owns the step function, which holds only a weak reference to the state: no cycle.
    std::weak_ptr<State> weak = state;
    std::weak_ptr<int> alive = m_alive;
    state->step = [this, profileId, context, weak, alive]() {
        std::shared_ptr<State> s = weak.lock();
        if (!s || alive.expired())
            return;
        if (s->next >= s->kinds.size()) {
            const SecretResult result = s->firstFailure.value_or(SecretResult::success());
            if (s->done)
                s->done(result);
            return;
        }
        const SecretKind kind = s->kinds.at(s->next++);
        remove(profileId, kind, context, [s](const SecretResult& result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound && !s->firstFailure)
                s->firstFailure = result;
            s->step();
        });
    };
    state->step();
}

} // namespace duper

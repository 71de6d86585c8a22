// FollowerErrorWatcher: which followers entered the Error state since the previous refresh.
#include "core/followers/FollowerErrorWatcher.h"

#include <QTest>

using namespace duper;

namespace {

FollowerRow row(const QString& name, FollowerState state)
{
    FollowerRow result;
    result.name = name;
    result.state = state;
    if (state == FollowerState::Error)
        result.errorSummary = QStringLiteral("shard 0: boom");
    return result;
}

QStringList names(const QList<FollowerRow>& rows)
{
    QStringList result;
    for (const FollowerRow& r : rows)
        result.append(r.name);
    return result;
}

} // namespace

class FollowerErrorWatcherTest : public QObject
{
    Q_OBJECT

private slots:
    void firstRowsAreTheBaseline();
    void reportsOnlyTheTransitionIntoError();
    void errorThatClearsAndReturnsIsReportedAgain();
    void newFollowerAlreadyInErrorIsNews();
    void resetMakesTheNextRowsABaseline();
    void severalAtOnceInRowOrder();
};

void FollowerErrorWatcherTest::firstRowsAreTheBaseline()
{
    FollowerErrorWatcher watcher;
    QVERIFY(!watcher.hasBaseline());
    QVERIFY(watcher.update({row(QStringLiteral("a"), FollowerState::Error)}).isEmpty());
    QVERIFY(watcher.hasBaseline());
    QVERIFY(watcher.update({row(QStringLiteral("a"), FollowerState::Error)}).isEmpty()); // still the same error
}

void FollowerErrorWatcherTest::reportsOnlyTheTransitionIntoError()
{
    FollowerErrorWatcher watcher;
    watcher.update({row(QStringLiteral("a"), FollowerState::Active), row(QStringLiteral("b"), FollowerState::Paused)});
    const QList<FollowerRow> entered = watcher.update(
        {row(QStringLiteral("a"), FollowerState::Error), row(QStringLiteral("b"), FollowerState::Paused)});
    QCOMPARE(names(entered), QStringList({QStringLiteral("a")}));
    QCOMPARE(entered.first().errorSummary, QStringLiteral("shard 0: boom"));
    QVERIFY(
        watcher
            .update({row(QStringLiteral("a"), FollowerState::Error), row(QStringLiteral("b"), FollowerState::Paused)})
            .isEmpty());
    // Paused → Error counts as well.
    QCOMPARE(names(watcher.update(
                 {row(QStringLiteral("a"), FollowerState::Error), row(QStringLiteral("b"), FollowerState::Error)})),
             QStringList({QStringLiteral("b")}));
}

void FollowerErrorWatcherTest::errorThatClearsAndReturnsIsReportedAgain()
{
    FollowerErrorWatcher watcher;
    watcher.update({row(QStringLiteral("a"), FollowerState::Error)});
    QVERIFY(watcher.update({row(QStringLiteral("a"), FollowerState::Active)}).isEmpty());
    QCOMPARE(names(watcher.update({row(QStringLiteral("a"), FollowerState::Error)})),
             QStringList({QStringLiteral("a")}));
}

void FollowerErrorWatcherTest::newFollowerAlreadyInErrorIsNews()
{
    FollowerErrorWatcher watcher;
    watcher.update({});
    QCOMPARE(names(watcher.update({row(QStringLiteral("new"), FollowerState::Error)})),
             QStringList({QStringLiteral("new")}));
}

void FollowerErrorWatcherTest::resetMakesTheNextRowsABaseline()
{
    FollowerErrorWatcher watcher;
    watcher.update({row(QStringLiteral("a"), FollowerState::Active)});
    watcher.reset();
    QVERIFY(!watcher.hasBaseline());
    // Another cluster with errors of its own: not news.
    QVERIFY(watcher.update({row(QStringLiteral("a"), FollowerState::Error)}).isEmpty());
}

void FollowerErrorWatcherTest::severalAtOnceInRowOrder()
{
    FollowerErrorWatcher watcher;
    QList<FollowerRow> rows;
    for (const char* name : {"a", "b", "c", "d", "e"})
        rows.append(row(QString::fromLatin1(name), FollowerState::Active));
    watcher.update(rows);
    for (int i : {0, 2, 3, 4})
        rows[i].state = FollowerState::Error;
    QCOMPARE(names(watcher.update(rows)),
             QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
}

QTEST_GUILESS_MAIN(FollowerErrorWatcherTest)
#include "tst_followererrorwatcher.moc"

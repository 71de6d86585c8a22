// RememberedParameters: what Duper keeps of a follower's parameters so a pause does not lose them.
#include "core/followers/RememberedParameters.h"

#include <QSettings>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace duper;

class RememberedParametersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rememberRecallForget();
    void storedPerConnectionAndSurvivesRestart();
    void writesOnlyWhenChanged();
    void customOnlyDropsDefaults();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    }
    static FollowParameters custom(int readCount, const QString& retryDelay)
    {
        FollowParameters parameters;
        if (parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QString::number(readCount)) ||
            parameters.setFromText(FollowParameter::MaxRetryDelay, retryDelay))
            qFatal("bad test parameters");
        return parameters;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void RememberedParametersTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void RememberedParametersTest::rememberRecallForget()
{
    auto settings = openSettings();
    RememberedParameters memory(settings.get(), QStringLiteral("conn-1"));
    QVERIFY(!memory.recall(QStringLiteral("orders-copy")));

    FollowParameters parameters = custom(64, QStringLiteral("2s"));
    parameters.waitForActiveShards = QStringLiteral("all"); // not kept: a follow-call option
    memory.remember(QStringLiteral("orders-copy"), parameters);
    const auto recalled = memory.recall(QStringLiteral("orders-copy"));
    QVERIFY(recalled);
    QCOMPARE(recalled->maxReadRequestOperationCount, 64);
    QCOMPARE(recalled->text(FollowParameter::MaxRetryDelay), QStringLiteral("2s"));
    QVERIFY(!recalled->waitForActiveShards);

    memory.forget(QStringLiteral("orders-copy"));
    QVERIFY(!memory.recall(QStringLiteral("orders-copy")));
    settings->sync();
    QVERIFY(settings->allKeys().isEmpty());
}

void RememberedParametersTest::storedPerConnectionAndSurvivesRestart()
{
    {
        auto settings = openSettings();
        RememberedParameters first(settings.get(), QStringLiteral("conn-1"));
        RememberedParameters second(settings.get(), QStringLiteral("conn-2"));
        first.remember(QStringLiteral("logs"), custom(10, QStringLiteral("1s")));
        second.remember(QStringLiteral("logs"), custom(20, QStringLiteral("3s")));
        settings->sync();
    }
    auto settings = openSettings();
    RememberedParameters first(settings.get(), QStringLiteral("conn-1"));
    RememberedParameters second(settings.get(), QStringLiteral("conn-2"));
    RememberedParameters other(settings.get(), QStringLiteral("conn-3"));
    QCOMPARE(first.recall(QStringLiteral("logs"))->maxReadRequestOperationCount, 10);
    QCOMPARE(second.recall(QStringLiteral("logs"))->maxReadRequestOperationCount, 20);
    QCOMPARE(second.recall(QStringLiteral("logs"))->text(FollowParameter::MaxRetryDelay), QStringLiteral("3s"));
    QVERIFY(!other.recall(QStringLiteral("logs")));
    QVERIFY(settings->allKeys().first().startsWith(QLatin1String("rememberedParameters/")));
}

void RememberedParametersTest::writesOnlyWhenChanged()
{
    auto settings = openSettings();
    RememberedParameters memory(settings.get(), QStringLiteral("conn-1"));
    const FollowParameters parameters = custom(64, QStringLiteral("2s"));
    memory.remember(QStringLiteral("a"), parameters);
    // A value changed behind its back is not rewritten by an identical remember(): the cache answers.
    settings->setValue(QStringLiteral("rememberedParameters/conn-1/a"), QStringLiteral("marker"));
    memory.remember(QStringLiteral("a"), parameters);
    QCOMPARE(settings->value(QStringLiteral("rememberedParameters/conn-1/a")).toString(), QStringLiteral("marker"));
    memory.remember(QStringLiteral("a"), custom(65, QStringLiteral("2s")));
    QVERIFY(settings->value(QStringLiteral("rememberedParameters/conn-1/a")).toString().contains(QLatin1String("65")));

    // Ten thousand unchanged rows per refresh stay cheap.
    for (int i = 0; i < 10000; ++i)
        memory.remember(QStringLiteral("follower-%1").arg(i), parameters);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 10000; ++i)
        memory.remember(QStringLiteral("follower-%1").arg(i), parameters);
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
}

void RememberedParametersTest::customOnlyDropsDefaults()
{
    FollowParameters reported; // as follow_info reports an active follower: all ten, defaults included
    for (FollowParameter parameter : FollowParameterInfo::all())
        QVERIFY(!reported.setFromText(parameter, FollowParameterInfo::defaultText(parameter)));
    QVERIFY(!RememberedParameters::hasCustomValues(reported));
    QCOMPARE(RememberedParameters::customOnly(reported), FollowParameters());

    QVERIFY(!reported.setFromText(FollowParameter::MaxReadRequestSize, QStringLiteral("1mb")));
    QVERIFY(RememberedParameters::hasCustomValues(reported));
    const FollowParameters custom = RememberedParameters::customOnly(reported);
    QCOMPARE(custom.text(FollowParameter::MaxReadRequestSize), QStringLiteral("1mb"));
    QVERIFY(!custom.isSet(FollowParameter::MaxRetryDelay));
}

QTEST_GUILESS_MAIN(RememberedParametersTest)
#include "tst_rememberedparameters.moc"

// Which follow parameter values mean "no limit": Elasticsearch's Integer.MAX_VALUE for counts and Long.MAX_VALUE
// bytes for sizes (the defaults of max_write_buffer_count and max_write_request_size are both), for the value set
// and, when none is set, for Elasticsearch's default.
#include "core/values/FollowParameters.h"

#include <QTest>

using duper::FollowParameter;
using duper::FollowParameters;

class FollowParameterLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsThatMeanNoLimit();
    void valuesSetByTheUser_data();
    void valuesSetByTheUser();
    void timesAreNeverUnlimited();
};

void FollowParameterLimitsTest::defaultsThatMeanNoLimit()
{
    const FollowParameters none;
    QVERIFY(none.isUnlimited(FollowParameter::MaxWriteRequestSize));           // 9223372036854775807b
    QVERIFY(none.isUnlimited(FollowParameter::MaxWriteBufferCount));           // 2147483647
    QVERIFY(!none.isUnlimited(FollowParameter::MaxReadRequestSize));           // 32mb
    QVERIFY(!none.isUnlimited(FollowParameter::MaxWriteBufferSize));           // 512mb
    QVERIFY(!none.isUnlimited(FollowParameter::MaxReadRequestOperationCount)); // 5120
    QVERIFY(!none.isUnlimited(FollowParameter::MaxOutstandingReadRequests));   // 12
    QVERIFY(!none.isUnlimited(FollowParameter::MaxOutstandingWriteRequests));  // 9
}

void FollowParameterLimitsTest::valuesSetByTheUser_data()
{
    QTest::addColumn<FollowParameter>("parameter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unlimited");

    QTest::newRow("read size max") << FollowParameter::MaxReadRequestSize << "9223372036854775807b" << true;
    QTest::newRow("buffer size max") << FollowParameter::MaxWriteBufferSize << "9223372036854775807b" << true;
    QTest::newRow("read size one below") << FollowParameter::MaxReadRequestSize << "9223372036854775806b" << false;
    QTest::newRow("write size set lower") << FollowParameter::MaxWriteRequestSize << "64mb" << false;
    QTest::newRow("outstanding reads max") << FollowParameter::MaxOutstandingReadRequests << "2147483647" << true;
    QTest::newRow("operation count max") << FollowParameter::MaxReadRequestOperationCount << "2147483647" << true;
    QTest::newRow("buffer count set lower") << FollowParameter::MaxWriteBufferCount << "1000" << false;
    QTest::newRow("buffer count one below") << FollowParameter::MaxWriteBufferCount << "2147483646" << false;
}

void FollowParameterLimitsTest::valuesSetByTheUser()
{
    QFETCH(FollowParameter, parameter);
    QFETCH(QString, text);
    QFETCH(bool, unlimited);
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(parameter, text));
    QCOMPARE(parameters.isUnlimited(parameter), unlimited);
    QCOMPARE(parameters.effectiveText(parameter), text); // the raw value stays what it is
}

void FollowParameterLimitsTest::timesAreNeverUnlimited()
{
    FollowParameters parameters;
    QVERIFY(!parameters.isUnlimited(FollowParameter::MaxRetryDelay));
    QVERIFY(!parameters.isUnlimited(FollowParameter::ReadPollTimeout));
    QVERIFY(!parameters.setFromText(FollowParameter::ReadPollTimeout, QStringLiteral("2147483647ms")));
    QVERIFY(!parameters.isUnlimited(FollowParameter::ReadPollTimeout));
}

QTEST_GUILESS_MAIN(FollowParameterLimitsTest)
#include "tst_followparameterlimits.moc"

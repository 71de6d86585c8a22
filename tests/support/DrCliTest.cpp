#include "DrCliTest.h"

#include <QTest>

namespace duper::test {

void DrCliTest::init()
{
    m_fixture = std::make_unique<DrCliFixture>(sandboxOptions());
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_fixture->setCommand(command());
    prepare();
}

void DrCliTest::cleanup()
{
    m_fixture.reset();
}

} // namespace duper::test

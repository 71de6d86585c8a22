#pragma once

#include "DrCliFixture.h"

#include <QObject>
#include <memory>

namespace duper::test {

// The base of the test classes of the disaster-recovery commands: before every test function a fresh DrCliFixture
// (its sandbox started, the command set), after it the fixture is gone. A test class says what differs: the
// sandbox's options, the command line's fixed part and the data each test starts with.
class DrCliTest : public QObject
{
    Q_OBJECT

protected:
    virtual sandbox::SandboxOptions sandboxOptions() const { return CliSandboxFixture::defaultOptions(); }
    // See DrCliFixture::setCommand(); called once the sandbox runs, so it may name its URLs.
    virtual QStringList command() const = 0;
    // The data every test function starts with (QVERIFY may fail it).
    virtual void prepare() {}

    std::unique_ptr<DrCliFixture> m_fixture;

private slots:
    void init();
    void cleanup();
};

} // namespace duper::test

#include "DrCliFixture.h"

#include "sandbox/Cluster.h"
#include "sandbox/EmulatedIndex.h"

namespace duper::test {

DrCliFixture::DrCliFixture(sandbox::SandboxOptions options) : m_cli(std::move(options))
{}

bool DrCliFixture::start()
{
    return m_reports.isValid() && m_cli.start();
}

CliRunner::Result DrCliFixture::run(const QStringList& extra) const
{
    QStringList arguments = m_command;
    if (!arguments.contains(QStringLiteral("--url")))
        arguments = QStringList{QStringLiteral("--url"), m_cli.url()} + arguments;
    return m_cli.cli().run(arguments + QStringList{QStringLiteral("--report_dir"), m_reports.path()} + extra, 30000);
}

int DrCliFixture::followerCount(sandbox::Cluster& cluster)
{
    int count = 0;
    for (const auto& [name, index] : cluster.indices().asKeyValueRange())
        count += index->isFollower() ? 1 : 0;
    return count;
}

} // namespace duper::test

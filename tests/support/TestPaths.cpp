#include "TestPaths.h"

#include <QDir>

namespace duper::test {

QString esExamplesDir()
{
    const QString dir = qEnvironmentVariable("DUPER_ES_EXAMPLES_DIR");
    if (dir.isEmpty() || !QDir(dir).exists())
        return {};
    return QDir(dir).absolutePath();
}

} // namespace duper::test

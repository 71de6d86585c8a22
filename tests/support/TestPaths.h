#pragma once

#include <QString>

namespace duper::test {

// Folder with the real Elasticsearch examples (../shared/es-examples), or an empty string when it is absent,
// as on a machine outside CI. Conformance tests QSKIP with a message in that case.
QString esExamplesDir();

} // namespace duper::test

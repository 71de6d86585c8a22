// The earlier tool's ~/.duperrc.yml as `duper config import` reads it: DuperrcImporter::parse over SimpleYamlReader.
#include "FuzzInput.h"
#include "cli/DuperrcImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto file = duper::cli::DuperrcImporter::parse(duper::fuzz::bytes(data, size), &error);
    if (!file && error.isEmpty())
        __builtin_trap(); // a refusal must always say why
    return 0;
}

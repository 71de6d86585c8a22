#pragma once

#include "cli/CommandSpec.h"

namespace duper::cli {

class Output;

// `duper sandbox`: the emulated leader + follower clusters (SandboxOptions), until Ctrl-C / SIGTERM.
class SandboxCommand
{
public:
    static CommandSpec spec();
    // Runs the sandbox in the current event loop; returns the exit code.
    static int run(const QStringList& arguments, Output& output);
};

} // namespace duper::cli

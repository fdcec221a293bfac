#include "args.h"
#include "commands.h"

namespace convscope::cli {

int runBench(const std::vector<std::string> &)
{
    return fail(kExitUsage, "bench is not implemented yet");
}

} // namespace convscope::cli

#include "args.h"
#include "commands.h"

namespace convscope::cli {

int runSummary(const std::vector<std::string> &)
{
    return fail(kExitUsage, "summary is not implemented yet");
}

} // namespace convscope::cli

#include "args.h"
#include "commands.h"

namespace convscope::cli {

int runApply(const std::vector<std::string> &)
{
    return fail(kExitUsage, "apply is not implemented yet");
}

} // namespace convscope::cli

#pragma once

#include <string>
#include <vector>

namespace convscope::cli {

// `convscope export`: the scene's animation as an animated GIF or an MP4, with no display.
int runExport(int argc, char* argv[], const std::vector<std::string>& argsAfterCommand);

} // namespace convscope::cli

#pragma once

#include <string>
#include <vector>

namespace convscope::cli {

// `convscope render`: needs argc/argv for the (offscreen) QGuiApplication it creates.
int runRender(int argc, char* argv[], const std::vector<std::string>& argsAfterCommand);

} // namespace convscope::cli

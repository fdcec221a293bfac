#pragma once

#include <string>
#include <vector>

namespace convscope::cli {

// Each takes the arguments after its subcommand name and returns the process exit status.
int runConv(const std::vector<std::string> &args);
int runPool(const std::vector<std::string> &args);
int runSummary(const std::vector<std::string> &args);
int runApply(const std::vector<std::string> &args);
int runBench(const std::vector<std::string> &args);

[[nodiscard]] std::string helpText();

} // namespace convscope::cli

#pragma once

// The one argument parser shared by every subcommand: `--name value`, `--name=value` and
// `--flag`; unknown options and missing values are usage errors (exit 2).

#include "error.h"
#include "shape.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace convscope::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2; // bad usage or impossible parameters
inline constexpr int kExitInput = 3; // an unreadable or invalid input file

// Prints "convscope: error: <message>" as one line on stderr and returns the exit code.
int fail(int code, const std::string &message);

struct OptionSpec {
    std::set<std::string> withValue; // e.g. "--input"
    std::set<std::string> flags; // e.g. "--flip"
};

class Args {
public:
    // Parses argv after the subcommand. On failure the Error says what is wrong.
    [[nodiscard]] static Result<Args> parse(const std::vector<std::string> &argv, const OptionSpec &spec,
        int maxPositional);

    [[nodiscard]] bool has(const std::string &name) const { return m_values.count(name) || m_flags.count(name); }
    [[nodiscard]] std::optional<std::string> value(const std::string &name) const;
    [[nodiscard]] const std::vector<std::string> &positional() const { return m_positional; }

    // "N" or "N,M[,K]" for `dims` spatial dimensions (one number is repeated); within [min, max].
    [[nodiscard]] Result<Dims> dims(const std::string &name, int spatialDims, Dims fallback, int min,
        int max) const;
    [[nodiscard]] Result<int> integer(const std::string &name, int fallback, int min, int max) const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

} // namespace convscope::cli

#include "args.h"

#include <charconv>
#include <iostream>

namespace convscope::cli {

int fail(int code, const std::string &message)
{
    std::string line = message;
    for (char &c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    std::cerr << "convscope: error: " << line << '\n';
    return code;
}

Result<Args> Args::parse(const std::vector<std::string> &argv, const OptionSpec &spec, int maxPositional)
{
    Args a;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
            std::string value;
            bool inlineValue = false;
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                inlineValue = true;
            }
            if (spec.flags.count(arg)) {
                if (inlineValue)
                    return Error { "option " + arg + " takes no value" };
                a.m_flags.insert(arg);
            } else if (spec.withValue.count(arg)) {
                if (!inlineValue) {
                    if (i + 1 >= argv.size())
                        return Error { "option " + arg + " needs a value" };
                    value = argv[++i];
                }
                if (a.m_values.count(arg))
                    return Error { "option " + arg + " is given twice" };
                a.m_values[arg] = value;
            } else {
                return Error { "unknown option " + arg + " (see convscope --help)" };
            }
        } else {
            if (static_cast<int>(a.m_positional.size()) >= maxPositional)
                return Error { "unexpected argument '" + arg + "' (see convscope --help)" };
            a.m_positional.push_back(arg);
        }
    }
    return a;
}

std::optional<std::string> Args::value(const std::string &name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

namespace {
bool parseInt(const std::string &s, int &out)
{
    const char *end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end && !s.empty();
}
} // namespace

Result<Dims> Args::dims(const std::string &name, int spatialDims, Dims fallback, int min, int max) const
{
    auto v = value(name);
    if (!v)
        return fallback;
    std::vector<int> parts;
    std::size_t start = 0;
    while (true) {
        const auto comma = v->find(',', start);
        const std::string piece = v->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        int n = 0;
        if (!parseInt(piece, n))
            return Error { name + " '" + *v + "' is not a number or a comma-separated list of numbers" };
        if (n < min || n > max)
            return Error { name + " " + std::to_string(n) + " is out of range (" + std::to_string(min) + " to "
                + std::to_string(max) + ")" };
        parts.push_back(n);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    Dims d = fallback;
    if (parts.size() == 1) {
        d.fill(parts[0]);
    } else if (static_cast<int>(parts.size()) == spatialDims) {
        for (std::size_t i = 0; i < parts.size(); ++i)
            d[i] = parts[i];
    } else {
        return Error { name + " '" + *v + "' has " + std::to_string(parts.size()) + " values but the input has "
            + std::to_string(spatialDims) + " spatial dimension" + (spatialDims == 1 ? "" : "s") };
    }
    return d;
}

Result<int> Args::integer(const std::string &name, int fallback, int min, int max) const
{
    auto v = value(name);
    if (!v)
        return fallback;
    int n = 0;
    if (!parseInt(*v, n))
        return Error { name + " '" + *v + "' is not a whole number" };
    if (n < min || n > max)
        return Error { name + " " + std::to_string(n) + " is out of range (" + std::to_string(min) + " to "
            + std::to_string(max) + ")" };
    return n;
}

} // namespace convscope::cli

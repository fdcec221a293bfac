#include "file_util.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

namespace convscope {

namespace fs = std::filesystem;

Result<std::string> readFile(const std::string &path, std::int64_t maxBytes)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return Error { "cannot read " + path + ": no such file" };
    if (fs::is_directory(status))
        return Error { "cannot read " + path + ": it is a directory" };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error { "cannot read " + path + ": " + std::strerror(errno) };
    std::string bytes;
    char chunk[1 << 16];
    while (in) {
        in.read(chunk, sizeof chunk);
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (static_cast<std::int64_t>(bytes.size()) > maxBytes)
            return Error { "cannot read " + path + ": the file is larger than "
                + std::to_string(maxBytes / (1024 * 1024)) + " MiB" };
    }
    if (in.bad())
        return Error { "cannot read " + path + ": read error" };
    return bytes;
}

Status writeFileAtomically(const std::string &path, const std::function<bool(std::ostream &)> &writer)
{
    const fs::path target(path);
    if (target.filename().empty())
        return Error { "cannot write " + path + ": not a file name" };
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return Error { "cannot write " + path + ": it is a directory" };
    std::random_device rd;
    const fs::path temp = target.parent_path()
        / ("." + target.filename().string() + ".tmp" + std::to_string(rd() % 1000000));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            return Error { "cannot write " + path + ": " + std::strerror(errno) };
        const bool written = writer(out);
        out.flush();
        if (!written || !out) {
            out.close();
            fs::remove(temp, ec);
            return Error { "cannot write " + path + (written ? ": write error (disk full?)" : "") };
        }
    }
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return Error { "cannot write " + path + ": " + ec.message() };
    }
    return {};
}

Status writeFileAtomically(const std::string &path, const std::string &bytes)
{
    return writeFileAtomically(path, [&](std::ostream &out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return static_cast<bool>(out);
    });
}

} // namespace convscope

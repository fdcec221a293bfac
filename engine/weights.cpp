#include "weights.h"

#include "file_util.h"
#include "npy.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <system_error>

namespace convscope {

namespace fs = std::filesystem;

void WeightStore::insert(const std::string& key, Tensor tensor)
{
    m_tensors.insert_or_assign(key, std::move(tensor));
}

const Tensor* WeightStore::find(std::string_view key) const
{
    const auto it = m_tensors.find(key);
    return it == m_tensors.end() ? nullptr : &it->second;
}

std::vector<std::string> WeightStore::keys() const
{
    std::vector<std::string> k;
    for (const auto& entry : m_tensors)
        k.push_back(entry.first);
    return k;
}

Result<WeightStore> WeightStore::loadFolder(const std::string& folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Error { "cannot read weights from " + folder + ": not a folder", "weights" };
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".npy")
            files.push_back(it->path());
    if (ec)
        return Error { "cannot list " + folder + ": " + ec.message(), "weights" };
    std::sort(files.begin(), files.end());
    WeightStore store;
    std::int64_t total = 0;
    for (const auto& file : files) {
        auto tensor = readNpy(file.string());
        if (!tensor)
            return Error { tensor.error().message, "weights" };
        total += tensor->numel() * 4;
        if (total > kMaxWeightBytes)
            return Error { "the weights in " + folder + " are larger than 4 GiB", "weights" };
        store.insert(file.stem().string(), std::move(tensor).value());
    }
    return store;
}

namespace {

// Little-endian fields of the zip format (PKWARE APPNOTE.TXT, sections 4.3.7, 4.3.12, 4.3.16).
std::uint64_t le(std::string_view b, std::size_t at, int bytes)
{
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

} // namespace

Result<WeightStore> WeightStore::loadNpz(const std::string& path)
{
    auto read = readFile(path, kMaxWeightBytes);
    if (!read)
        return Error { read.error().message, "weights" };
    return parseNpz(*read, path);
}

Result<WeightStore> WeightStore::parseNpz(std::string_view zip, const std::string& path)
{
    const auto bad = [&](const std::string& what) {
        return Error { "cannot read " + path + ": " + what, "weights" };
    };
    // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
    constexpr std::size_t kEocd = 22;
    if (zip.size() < kEocd)
        return bad("not an .npz archive (too short)");
    std::size_t eocd = std::string_view::npos;
    const std::size_t lowest = zip.size() > kEocd + 65535 ? zip.size() - kEocd - 65535 : 0;
    for (std::size_t at = zip.size() - kEocd + 1; at-- > lowest;)
        if (le(zip, at, 4) == 0x06054b50) {
            eocd = at;
            break;
        }
    if (eocd == std::string_view::npos)
        return bad("not an .npz archive (no zip directory)");
    const std::uint64_t entries = le(zip, eocd + 10, 2);
    std::uint64_t at = le(zip, eocd + 16, 4);
    WeightStore store;
    for (std::uint64_t e = 0; e < entries; ++e) {
        if (at + 46 > zip.size() || le(zip, at, 4) != 0x02014b50)
            return bad("the zip directory is damaged");
        const std::uint64_t method = le(zip, at + 10, 2);
        std::uint64_t compressed = le(zip, at + 20, 4);
        const std::uint64_t nameLength = le(zip, at + 28, 2);
        const std::uint64_t extraLength = le(zip, at + 30, 2);
        const std::uint64_t commentLength = le(zip, at + 32, 2);
        std::uint64_t uncompressed = le(zip, at + 24, 4);
        std::uint64_t local = le(zip, at + 42, 4);
        if (at + 46 + nameLength + extraLength > zip.size())
            return bad("the zip directory is damaged");
        const std::string name(zip.substr(at + 46, nameLength));
        // Zip64 (APPNOTE 4.5.3): 0xFFFFFFFF fields are given in order in extra field 0x0001.
        const std::uint64_t extraEnd = at + 46 + nameLength + extraLength;
        for (std::uint64_t x = at + 46 + nameLength; x + 4 <= extraEnd;) {
            const std::uint64_t id = le(zip, x, 2), size = le(zip, x + 2, 2);
            if (x + 4 + size > extraEnd) // a field longer than the record holding it
                return bad("the zip directory is damaged");
            std::uint64_t field = x + 4;
            if (id == 0x0001) {
                for (std::uint64_t* v : { &uncompressed, &compressed, &local })
                    if (*v == 0xFFFFFFFFu && field + 8 <= x + 4 + size) {
                        *v = le(zip, field, 8);
                        field += 8;
                    }
            }
            x += 4 + size;
        }
        at += 46 + nameLength + extraLength + commentLength;
        if (name.size() < 4 || name.substr(name.size() - 4) != ".npy")
            continue;
        if (method != 0)
            return bad("'" + name
                + "' is compressed (np.savez_compressed): save with np.savez or "
                  "as a folder of .npy files");
        if (local + 30 > zip.size() || le(zip, local, 4) != 0x04034b50)
            return bad("the entry '" + name + "' is damaged");
        const std::uint64_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        if (compressed != uncompressed || data > zip.size() || compressed > zip.size() - data)
            return bad("the entry '" + name + "' is truncated");
        auto tensor = parseNpy(zip.substr(data, compressed));
        if (!tensor)
            return bad("'" + name + "': " + tensor.error().message);
        store.insert(name.substr(0, name.size() - 4), std::move(tensor).value());
    }
    return store;
}

Result<WeightStore> WeightStore::load(const std::string& path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return loadFolder(path);
    return loadNpz(path);
}

} // namespace convscope

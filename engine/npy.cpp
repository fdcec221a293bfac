#include "npy.h"

#include "file_util.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <vector>

namespace convscope {

namespace {

enum class DType { F4, F8, U1, I4, I8 };

struct Header {
    DType dtype = DType::F4;
    int itemSize = 4;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
    std::size_t dataOffset = 0;
    std::int64_t count = 1;
};

constexpr std::string_view kMagic = "\x93NUMPY";
constexpr std::size_t kMaxHeaderLength = 1 << 16;

Error bad(const std::string& why)
{
    return Error { "not a valid .npy file: " + why };
}

// A small parser for the header's Python dict literal, e.g.
// {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
class DictParser {
public:
    explicit DictParser(std::string_view s)
        : m_s(s)
    {
    }

    Result<Header> parse()
    {
        Header h;
        bool haveDescr = false, haveOrder = false, haveShape = false;
        skip();
        if (!eat('{'))
            return bad("the header is not a dictionary");
        while (true) {
            skip();
            if (eat('}'))
                break;
            std::string key;
            if (!readString(key))
                return bad("a header key is not a string");
            skip();
            if (!eat(':'))
                return bad("missing ':' after '" + key + "' in the header");
            skip();
            if (key == "descr") {
                std::string descr;
                if (!readString(descr))
                    return bad("'descr' is not a string");
                if (descr == "<f4") {
                    h.dtype = DType::F4;
                    h.itemSize = 4;
                } else if (descr == "<f8") {
                    h.dtype = DType::F8;
                    h.itemSize = 8;
                } else if (descr == "|u1") {
                    h.dtype = DType::U1;
                    h.itemSize = 1;
                } else if (descr == "<i4") {
                    h.dtype = DType::I4;
                    h.itemSize = 4;
                } else if (descr == "<i8") {
                    h.dtype = DType::I8;
                    h.itemSize = 8;
                } else {
                    return Error { "unsupported .npy data type '" + descr
                        + "': use float32 (<f4), float64, uint8, int32 or int64, little-endian" };
                }
                haveDescr = true;
            } else if (key == "fortran_order") {
                if (m_s.substr(m_pos, 4) == "True") {
                    h.fortranOrder = true;
                    m_pos += 4;
                } else if (m_s.substr(m_pos, 5) == "False") {
                    m_pos += 5;
                } else {
                    return bad("'fortran_order' is neither True nor False");
                }
                haveOrder = true;
            } else if (key == "shape") {
                if (!eat('('))
                    return bad("'shape' is not a tuple");
                while (true) {
                    skip();
                    if (eat(')'))
                        break;
                    std::int64_t v = 0;
                    int digits = 0;
                    while (m_pos < m_s.size()
                        && std::isdigit(static_cast<unsigned char>(m_s[m_pos]))) {
                        if (++digits > 18)
                            return Error { "the .npy shape has a dimension too large to hold" };
                        v = v * 10 + (m_s[m_pos++] - '0');
                    }
                    if (digits == 0)
                        return bad("'shape' holds something that is not a non-negative integer");
                    if (h.shape.size() >= 16)
                        return bad("'shape' has too many dimensions");
                    h.shape.push_back(v);
                    skip();
                    if (eat(')'))
                        break;
                    if (!eat(','))
                        return bad("'shape' is not a tuple of integers");
                }
                haveShape = true;
            } else {
                return bad("unexpected header key '" + key + "'");
            }
            skip();
            if (eat('}'))
                break;
            if (!eat(','))
                return bad("missing ',' in the header");
        }
        if (!haveDescr || !haveOrder || !haveShape)
            return bad("the header lacks 'descr', 'fortran_order' or 'shape'");
        return h;
    }

private:
    void skip()
    {
        while (m_pos < m_s.size() && std::isspace(static_cast<unsigned char>(m_s[m_pos])))
            ++m_pos;
    }
    bool eat(char c)
    {
        if (m_pos < m_s.size() && m_s[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool readString(std::string& out)
    {
        if (m_pos >= m_s.size() || (m_s[m_pos] != '\'' && m_s[m_pos] != '"'))
            return false;
        const char quote = m_s[m_pos++];
        const auto end = m_s.find(quote, m_pos);
        if (end == std::string_view::npos)
            return false;
        out = std::string(m_s.substr(m_pos, end - m_pos));
        m_pos = end + 1;
        return true;
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
};

Result<Header> parseHeader(std::string_view bytes)
{
    if (bytes.empty())
        return bad("the file is empty");
    if (bytes.substr(0, 6) != kMagic.substr(0, std::min<std::size_t>(bytes.size(), 6)))
        return bad("it does not start with the NumPy magic string");
    if (bytes.size() < 10)
        return bad("the header is truncated");
    const int major = static_cast<unsigned char>(bytes[6]);
    std::size_t length = 0, offset = 0;
    if (major == 1) {
        length = static_cast<unsigned char>(bytes[8])
            | (static_cast<std::size_t>(static_cast<unsigned char>(bytes[9])) << 8);
        offset = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            return bad("the header is truncated");
        length = 0;
        for (int i = 3; i >= 0; --i)
            length = (length << 8)
                | static_cast<unsigned char>(bytes[8 + static_cast<std::size_t>(i)]);
        offset = 12;
    } else {
        return bad("unsupported format version " + std::to_string(major)
            + " (versions 1, 2 and 3 are read): save it with numpy.save");
    }
    if (length > kMaxHeaderLength)
        return bad("the header claims " + std::to_string(length) + " bytes (at most "
            + std::to_string(kMaxHeaderLength) + ")");
    if (bytes.size() < offset + length)
        return bad("the header is truncated");
    auto header = DictParser(bytes.substr(offset, length)).parse();
    if (!header)
        return header.error();
    std::vector<std::int64_t> shape = header->shape;
    if (shape.empty())
        shape = { 1 }; // a 0-d array holds one value
    if (auto problem = Tensor::checkShape(shape); !problem.empty())
        return Error { "the .npy shape is unusable: " + problem };
    // Tensor dimensions are int: a single dimension of 2^31 passes checkShape (at most 2^31
    // elements) yet would wrap to a negative size.
    for (auto d : shape)
        if (d > std::numeric_limits<int>::max())
            return Error { "the .npy shape is unusable: a dimension of " + std::to_string(d)
                + " elements is too long (at most "
                + std::to_string(std::numeric_limits<int>::max()) + "): reshape it" };
    header->count = 1;
    for (auto d : shape)
        header->count *= d;
    header->dataOffset = offset + length;
    return header;
}

template <class T> T load(const char* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

Result<Tensor> decode(const Header& h, std::string_view data)
{
    std::vector<int> shape(h.shape.begin(), h.shape.end());
    if (shape.empty())
        shape = { 1 };
    Tensor t(shape);
    float* out = t.data();
    const char* p = data.data();
    static_assert(
        std::endian::native == std::endian::little, "the NPY reader assumes a little-endian host");
    for (std::int64_t i = 0; i < h.count; ++i, p += h.itemSize) {
        switch (h.dtype) {
        case DType::F4:
            out[i] = load<float>(p);
            break;
        case DType::F8:
            out[i] = static_cast<float>(load<double>(p));
            break;
        case DType::U1:
            out[i] = static_cast<unsigned char>(*p);
            break;
        case DType::I4:
            out[i] = static_cast<float>(load<std::int32_t>(p));
            break;
        case DType::I8:
            out[i] = static_cast<float>(load<std::int64_t>(p));
            break;
        }
    }
    if (h.fortranOrder && shape.size() > 1) {
        // Element (i0, i1, ..., in) sits at sum(ik * prod(shape[<k])) in Fortran order.
        Tensor c(shape);
        const std::size_t n = shape.size();
        std::vector<int> index(n, 0);
        for (std::int64_t ci = 0; ci < h.count; ++ci) {
            std::int64_t fi = 0, stride = 1;
            for (std::size_t k = 0; k < n; ++k) {
                fi += index[k] * stride;
                stride *= shape[k];
            }
            c[ci] = t[fi];
            for (std::size_t k = n; k-- > 0;) {
                if (++index[k] < shape[k])
                    break;
                index[k] = 0;
            }
        }
        return c;
    }
    return t;
}

} // namespace

Result<Tensor> parseNpy(std::string_view bytes)
{
    auto h = parseHeader(bytes);
    if (!h)
        return h.error();
    const std::int64_t expected = h->count * h->itemSize;
    const std::int64_t actual = static_cast<std::int64_t>(bytes.size() - h->dataOffset);
    if (actual != expected)
        return bad("the header's shape needs " + std::to_string(expected)
            + " bytes of data but the file has " + std::to_string(actual)
            + (actual < expected ? " (truncated?)" : ""));
    return decode(*h, bytes.substr(h->dataOffset));
}

Result<Tensor> readNpy(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return Error { "cannot read " + path + ": no such file" };
    if (fs::is_directory(path, ec))
        return Error { "cannot read " + path + ": it is a directory" };
    const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
    if (ec)
        return Error { "cannot read " + path + ": " + ec.message() };
    if (size > kMaxNpyBytes)
        return Error { "cannot read " + path + ": the file is larger than "
            + std::to_string(kMaxNpyBytes >> 30) + " GiB, the most the engine holds" };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error { "cannot read " + path };
    // Parse the header before reading the data, so a lying header costs nothing.
    std::string head(
        static_cast<std::size_t>(std::min<std::int64_t>(size, kMaxHeaderLength + 12)), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    auto h = parseHeader(head);
    if (!h)
        return Error { path + ": " + h.error().message };
    const std::int64_t expected = h->count * h->itemSize;
    const std::int64_t actual = size - static_cast<std::int64_t>(h->dataOffset);
    if (actual != expected)
        return Error { path + ": not a valid .npy file: the header's shape needs "
            + std::to_string(expected) + " bytes of data but the file has " + std::to_string(actual)
            + (actual < expected ? " (truncated?)" : "") };
    std::string data(static_cast<std::size_t>(expected), '\0');
    in.seekg(static_cast<std::streamoff>(h->dataOffset));
    in.read(data.data(), static_cast<std::streamsize>(expected));
    if (in.gcount() != expected)
        return Error { "cannot read " + path + ": read error" };
    return decode(*h, data);
}

namespace {
std::string npyHeader(const Tensor& tensor)
{
    std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (";
    for (int i = 0; i < tensor.ndim(); ++i)
        dict += std::to_string(tensor.dim(i))
            + (tensor.ndim() == 1 || i + 1 < tensor.ndim() ? "," : "")
            + (i + 1 < tensor.ndim() ? " " : "");
    dict += "), }";
    // Pad with spaces so that the data starts at a multiple of 64 bytes, ending with '\n'.
    std::size_t total = 10 + dict.size() + 1;
    dict.append((64 - total % 64) % 64, ' ');
    dict += '\n';
    std::string out(kMagic);
    out += '\x01';
    out += '\x00';
    out += static_cast<char>(dict.size() & 0xff);
    out += static_cast<char>((dict.size() >> 8) & 0xff);
    out += dict;
    return out;
}
} // namespace

std::string encodeNpy(const Tensor& tensor)
{
    std::string out = npyHeader(tensor);
    out.append(reinterpret_cast<const char*>(tensor.data()),
        static_cast<std::size_t>(tensor.numel()) * sizeof(float));
    return out;
}

Status writeNpy(const std::string& path, const Tensor& tensor)
{
    return writeFileAtomically(path, [&](std::ostream& out) {
        const std::string header = npyHeader(tensor);
        out.write(header.data(), static_cast<std::streamsize>(header.size()));
        out.write(reinterpret_cast<const char*>(tensor.data()),
            static_cast<std::streamsize>(
                tensor.numel() * static_cast<std::int64_t>(sizeof(float))));
        return static_cast<bool>(out);
    });
}

} // namespace convscope

#include "translate.h"

#include <atomic>
#include <utility>
#include <vector>

namespace convscope {

namespace {
std::atomic<TextTranslator> g_translator { nullptr };
// Written before any text is made (start-up, a language switch between windows), read after.
std::string g_groupSeparator = ",";
}

void setGroupSeparator(std::string separator)
{
    g_groupSeparator = std::move(separator);
}

std::string groupSeparator()
{
    return g_groupSeparator;
}

void setTextTranslator(TextTranslator translator)
{
    g_translator.store(translator);
}

std::string translateText(const char* context, const char* source)
{
    if (!source)
        return {};
    if (const TextTranslator t = g_translator.load())
        return t(context, source);
    return source;
}

std::string fillText(std::string_view pattern, std::initializer_list<std::string> args)
{
    return fillText(pattern, std::vector<std::string>(args));
}

std::string fillText(std::string_view pattern, const std::vector<std::string>& values)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < values.size()) {
                out += values[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace convscope

#pragma once

#include "error.h"

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

namespace convscope {

// Reads a whole file, refusing files larger than maxBytes (so a huge or endless file cannot
// exhaust memory). The error names the path.
[[nodiscard]] Result<std::string> readFile(const std::string &path, std::int64_t maxBytes);

// Writes a file atomically: the writer fills a temporary file beside the target, which is then
// renamed over it. On any failure the temporary file is removed and the target is untouched.
Status writeFileAtomically(const std::string &path, const std::function<bool(std::ostream &)> &writer);
Status writeFileAtomically(const std::string &path, const std::string &bytes);

} // namespace convscope

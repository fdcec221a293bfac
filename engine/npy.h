#pragma once

// NumPy .npy files (CONTRACT.md section 1): version 1.0 written, 1.0/2.0/3.0 read;
// little-endian float32 written; <f4, <f8, |u1, <i4, <i8 read and converted to float32;
// Fortran order converted to C order.

#include "error.h"
#include "tensor.h"

#include <string>
#include <string_view>

namespace convscope {

// Largest .npy file read: 2^31 float32 elements plus a header.
inline constexpr std::int64_t kMaxNpyBytes = (std::int64_t { 1 } << 33) + (1 << 20);

[[nodiscard]] Result<Tensor> parseNpy(std::string_view bytes);
[[nodiscard]] Result<Tensor> readNpy(const std::string &path);

[[nodiscard]] std::string encodeNpy(const Tensor &tensor);
Status writeNpy(const std::string &path, const Tensor &tensor);

} // namespace convscope

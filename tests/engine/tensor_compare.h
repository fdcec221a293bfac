#pragma once

// How far a fast convolution path is from the reference loop, for the engine's tests.

#include "tensor.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace convscope::test {

// max |got - want| / max |want|: the norm-wise relative error (the absolute error when want is 0).
inline double relativeError(const Tensor& got, const Tensor& want)
{
    double diff = 0.0;
    double scale = 0.0;
    for (std::int64_t i = 0; i < want.numel(); ++i) {
        diff = std::max(diff, std::abs(static_cast<double>(got[i]) - want[i]));
        scale = std::max(scale, std::abs(static_cast<double>(want[i])));
    }
    return scale > 0.0 ? diff / scale : diff;
}

} // namespace convscope::test

#pragma once

#include "conv.h"
#include "shape.h"
#include "tensor.h"

namespace convscope {

// Max, average and sum pooling of a (C, *spatial) tensor, each channel on its own, as PyTorch:
// max pooling pads with -inf and may be dilated; average pooling divides by the window's size
// clipped to the padded input (count_include_pad) or to the input; sum pooling pads with zeros.
Status pool(const Tensor &input, const PoolParams &params, Tensor &output,
    const RunOptions &options = {});

} // namespace convscope

#pragma once

// The learned kernels of a convolution as one picture, like the famous figure of AlexNet's
// first-layer filters (Krizhevsky, Sutskever & Hinton, NIPS 2012, figure 3).

#include "error.h"
#include "tensor.h"

#include <opencv2/core.hpp>

namespace convscope {

inline constexpr int kMaxFilterBankSide = 8192; // pixels, either side of the picture

// One tile per output channel of a weight (O, C, kH, kW) (or (O, C, kL) for 1-D: 1 x kL tiles),
// in a near-square grid (ceil(sqrt(O)) columns) row by row, each kernel tap drawn as a
// cellPixels x cellPixels square. Tiles are separated and framed by a gap of 1 px (cellPixels
// < 4) or 2 px, in dark grey.
//
// Each tile is normalised on its own and symmetrically around 0: with m = max |w| over the tile,
// a value w is drawn as 255 * (0.5 + 0.5 * w / m), so 0 is mid-grey, negative darker, positive
// brighter (an all-zero kernel is mid-grey). With C = 3 the channels are the tile's red, green and
// blue (the order of an RGB input); otherwise the tile is grey and shows the mean over the input
// channels. Returns an 8-bit BGR picture (CV_8UC3), or an Error for a weight of another rank, a
// cellPixels outside 1..64, or a picture larger than kMaxFilterBankSide.
[[nodiscard]] Result<cv::Mat> filterBankImage(const Tensor& weight, int cellPixels);

} // namespace convscope

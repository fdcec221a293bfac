#pragma once

// The one bridge between the engine's pixels (cv::Mat, Tensor) and Qt's (QImage). It always
// copies, so the QImage never points into memory the engine may reuse.

#include "tensor.h"

#include <opencv2/core/mat.hpp>

#include <QImage>

namespace convscope::ui {

// An 8-bit gray, BGR/RGB or BGRA cv::Mat (OpenCV's channel order) as a QImage.
[[nodiscard]] QImage matToImage(const cv::Mat &mat);

// A (C, H, W) tensor with values in [0, 1] and C = 1 (gray) or 3 (RGB) as a QImage; other channel
// counts show the first channel as gray.
[[nodiscard]] QImage tensorToImage(const Tensor &tensor);

} // namespace convscope::ui

#include "cvqt.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

QImage matToImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U)
        return {};
    cv::Mat rgb;
    QImage::Format format = QImage::Format_RGB888;
    switch (mat.channels()) {
    case 1:
        rgb = mat;
        format = QImage::Format_Grayscale8;
        break;
    case 3:
        cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(mat, rgb, cv::COLOR_BGRA2RGBA);
        format = QImage::Format_RGBA8888;
        break;
    default:
        return {};
    }
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), format).copy();
}

QImage tensorToImage(const Tensor &tensor)
{
    if (tensor.ndim() != 3 || tensor.channels() < 1)
        return {};
    const int h = tensor.dim(1), w = tensor.dim(2);
    const bool rgb = tensor.channels() == 3;
    QImage image(w, h, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const auto toByte = [](float v) {
        return static_cast<uchar>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
    };
    for (int y = 0; y < h; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const std::int64_t i = static_cast<std::int64_t>(y) * w + x;
            if (rgb) {
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = toByte(tensor.plane(c)[i]);
            } else {
                line[x] = toByte(tensor.plane(0)[i]);
            }
        }
    }
    return image;
}

} // namespace convscope::ui

#include "conv_internal.h"

#include "parallel.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

// Large single-channel planes (image filters: a 5x5 kernel on a 4K frame, and depth-wise layers
// on large maps) through cv::filter2D, which picks a vectorised direct filter for small kernels
// and a DFT for large ones. filter2D correlates like the layer; each output plane has the input
// plane's size when the padding is (k - 1) / 2 on each side, and then the padding modes are OpenCV
// border types (zeros = BORDER_CONSTANT, reflect = BORDER_REFLECT_101, replicate =
// BORDER_REPLICATE). Tasks are bands of rows: filter2D on a row range of a larger matrix reads
// the rows around the range from the whole matrix (cv::Mat::locateROI), so bands join seamlessly.

namespace convscope::detail {

namespace {

constexpr std::int64_t kMinPlane = 256 * 256; // smaller planes: OpenCV's set-up cost dominates
constexpr int kBandRows = 64;

int borderType(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Zeros:
        return cv::BORDER_CONSTANT;
    case PaddingMode::Reflect:
        return cv::BORDER_REFLECT_101;
    case PaddingMode::Replicate:
        return cv::BORDER_REPLICATE;
    case PaddingMode::Circular:
        break;
    }
    return -1;
}

} // namespace

bool filter2dSuits(const SlidingPlan& plan, const ConvParams& params)
{
    if (plan.spatialDims != 2 || params.groups != plan.inChannels
        || plan.outChannels != plan.inChannels || borderType(params.paddingMode) < 0)
        return false;
    // Odd kernels centred on their output (OpenCV's default anchor) only: filter2D on a row
    // range with an off-centre anchor trips an assertion in OpenCV 4.6's FilterEngine.
    for (const Axis& a : { plan.axes[0], plan.axes[1] })
        if (a.stride != 1 || a.dilation != 1 || a.kernel % 2 == 0 || a.padBefore != a.kernel / 2
            || a.padAfter != a.kernel / 2)
            return false;
    return std::int64_t { plan.axes[0].input } * plan.axes[1].input >= kMinPlane;
}

Status convolveFilter2d(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    const Axis& ay = plan.axes[0];
    const Axis& ax = plan.axes[1];
    const int channels = plan.inChannels;
    const int bands = (ay.output + kBandRows - 1) / kBandRows;
    const int kernelArea = ay.kernel * ax.kernel;
    output.reshape(plan.outputShape());
    const auto run = [&](int task, int) {
        const int c = task / bands;
        const int y0 = task % bands * kBandRows;
        const int rows = std::min(kBandRows, ay.output - y0);
        // OpenCV takes non-const pointers for headers; the input is only read.
        const cv::Mat src(ay.input, ax.input, CV_32F, const_cast<float*>(input.plane(c)));
        cv::Mat dst(ay.output, ax.output, CV_32F, output.plane(c));
        cv::Mat dstBand = dst.rowRange(y0, y0 + rows);
        cv::Mat kernel(ay.kernel, ax.kernel, CV_32F,
            const_cast<float*>(weight.data() + std::int64_t { c } * kernelArea));
        if (params.flip) {
            cv::Mat flipped;
            cv::flip(kernel, flipped, -1);
            kernel = flipped;
        }
        cv::filter2D(src.rowRange(y0, y0 + rows), dstBand, CV_32F, kernel, cv::Point(-1, -1),
            bias ? (*bias)[c] : 0.0, borderType(params.paddingMode));
    };
    try {
        if (!parallelForCancellable(channels * bands, options.threads, options.cancelled, run))
            return Error { "cancelled" };
    } catch (const cv::Exception& e) {
        return Error { std::string("OpenCV failed to filter: ") + e.what() };
    }
    return {};
}

} // namespace convscope::detail

#pragma once

// Named kernel presets for the Playground and for single-channel demo layers (CONTRACT.md,
// the layer field "preset"). A kernel is a (kH, kW) Tensor, applied as the deep-learning
// convolution (cross-correlation): sobel_x responds positively where the image gets brighter
// to the right, as OpenCV's cv::Sobel does.
//
// Sizes each preset takes (every side at most 1024):
//   identity                           odd kH and kW (the 1 sits in the centre)
//   box, gaussian, gabor, random       any kH, kW >= 1 (1 x k for 1-D layers)
//   sharpen, laplacian, emboss,
//   sobel_*, scharr_*, prewitt_*       3x3 only

#include "error.h"
#include "tensor.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convscope {

struct KernelPreset {
    std::string_view id; // "sobel_x"
    std::string_view name; // "Sobel x (vertical edges)"
    bool hasParameters; // reads KernelOptions beyond the size
    bool fixedSize; // 3x3 only
};

// Every preset, in the order a menu shows them.
[[nodiscard]] const std::vector<KernelPreset>& kernelPresets();

struct KernelOptions {
    // gaussian and gabor: standard deviation in pixels. For gaussian, <= 0 picks the sigma
    // OpenCV derives from the size, 0.3*((k-1)*0.5 - 1) + 0.8 (cv::getGaussianKernel's formula;
    // OpenCV itself uses fixed binomial-like tables for sizes up to 7, this preset does not).
    double sigma = 0.0;
    // gabor: orientation of the stripes' normal in radians (0: vertical stripes), wavelength in
    // pixels, spatial aspect ratio and phase offset in radians (Wikipedia "Gabor filter").
    double theta = 0.0;
    double lambda = 4.0;
    double gamma = 0.5;
    double psi = 0.0;
    // random: He-normal initialisation, N(0, 2 / fanIn), reproducible from the seed.
    std::uint32_t seed = 0;
    int fanIn = 0; // <= 0: kH * kW
    bool operator==(const KernelOptions&) const = default;
};

// A (kH, kW) kernel, or an Error naming the unknown id or the unsupported size.
[[nodiscard]] Result<Tensor> makeKernel(
    std::string_view id, int kh, int kw, const KernelOptions& options = {});

// The kernel as a weight for a layer with the given channels, (outChannels, inChannels, kH, kW):
// every input channel gets kernel / inChannels, so each output applies the kernel to the mean of
// the input channels (a Sobel on an RGB photo finds the edges of its grey version).
[[nodiscard]] Tensor kernelAsWeight(const Tensor& kernel, int outChannels, int inChannels);

// Rotates a kernel by 180 degrees, turning the deep-learning convolution (cross-correlation) into
// the image-processing convolution: [[1, 2], [3, 4]] -> [[4, 3], [2, 1]]. spatialDims < 0 means
// every dimension for a tensor of 1 or 2 dimensions and the last ndim-2 for a weight
// (O, C, *kernel); otherwise the last spatialDims dimensions are reversed.
[[nodiscard]] Tensor flipKernel(const Tensor& kernel, int spatialDims = -1);

} // namespace convscope

#pragma once

// Pattern detectors, by hand: a region of the input becomes the layer's kernel (the inner product
// as a similarity measure: the response map lights up where the pattern recurs), and a brush
// paints cells of the grid or pixels of the photo. Pure functions on values; the canvas and the
// model wire them to the mouse and the undo history.

#include "error.h"
#include "scene.h"
#include "tensor.h"

#include <memory>
#include <string>

namespace convscope::ui {

// The largest kernel a region may become (per side); larger regions are cut around their centre.
inline constexpr int kMaxRegionKernel = 31;

// A rectangle in the cells of the shown input (the crop of a photo, or the grid), inclusive.
struct InputRegion {
    int x = 0;
    int y = 0;
    int width = 1;
    int height = 1;
};

struct RegionKernelOptions {
    bool normalise = false; // unit L2 norm over all input channels of an output's kernel
    int outputChannel = -1; // -1: every output channel; else only this one
};

struct RegionKernel {
    Scene scene;
    bool clamped = false; // the region was larger than kMaxRegionKernel and was cut
    InputRegion used;     // the part of the input that became the kernel
};

// The scene with the region of `input` (C, H, W) as its kernel: per input channel the patch minus
// its mean, optionally normalised; stride 1, dilation 1, padding `same` so the response map lines
// up with the input; no flip. A problem (1-D layer, empty or flat region) changes nothing.
[[nodiscard]] Result<RegionKernel> sceneWithRegionKernel(const Scene &scene, const Tensor &input,
    InputRegion region, const RegionKernelOptions &options);

// Paints a disc of `radius` cells (0: one cell) centred at (x, y) into a grid's values; `input` is
// the grid as shown (C, rows, cols) or (C, cols). Every channel gets `value`. The scene's grid
// becomes Custom with explicit values. Returns false when nothing changed.
bool paintGrid(Scene &scene, const Tensor &input, int x, int y, int radius, float value);

// Paints a disc into a photo (C, H, W; values 0..1) at image pixel (x, y): RGB channels get
// r, g, b; a grey photo gets their mean. Returns false when nothing changed.
bool paintImage(Tensor &image, int x, int y, int radius, float r, float g, float b);

// Where a scene keeps its painted photo: beside the scene file, "NAME.painted.png" for
// "NAME.convscope.json" (the scene then names it as its image, relative to itself).
[[nodiscard]] std::string paintedImagePath(const std::string &sceneFile);

// Writes a photo (C = 1 or 3, values 0..1) as a PNG, atomically (a failure leaves no file):
// 8 bits per sample when every value is a multiple of 1/255 (a photo from an 8-bit file painted
// with 8-bit colours), else 16, so reading it back gives the same values (to within 1/131070).
// Values outside 0..1 are clamped.
Status savePaintedImage(const std::string &path, const Tensor &image);

} // namespace convscope::ui

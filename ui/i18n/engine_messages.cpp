#include "i18n/engine_messages.h"

#include "translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace convscope::ui {

namespace {

// The patterns lupdate collects: engine/shape.cpp's messages for the Playground's layer, with
// the numbers and axes as placeholders in the order they appear (1-D messages name no axis).
const char *const kPatterns[] = {
    QT_TRANSLATE_NOOP("EngineMessages", "output channels %1 must be at least %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "groups %1 must be at least %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "groups %1 does not divide the %2 input channels: choose a divisor of %3"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "groups %1 does not divide the %2 output channels: choose a multiple of %3 output channels"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding 'same' needs stride %1, but the stride (%2) is %3: use a number for the padding or set the stride to %4"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding 'same' needs stride %1, but the stride is %2: use a number for the padding or set the stride to %3"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "reflect padding %1 (%2) must be smaller than the input size %3: lower the padding or use replicate or zeros"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "reflect padding %1 must be smaller than the input size %2: lower the padding or use replicate or zeros"),
    QT_TRANSLATE_NOOP("EngineMessages", "circular padding %1 (%2) must not exceed the input size %3: lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "circular padding %1 must not exceed the input size %2: lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 is larger than the padded input %2 (%3): use a smaller kernel or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel %1 is larger than the padded input %2: use a smaller kernel or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): lower the dilation or the "
        "kernel size, or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: lower the dilation or the "
        "kernel size, or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 is larger than the padded input %2 (%3): use a smaller window or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel %1 is larger than the padded input %2: use a smaller window or add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4 (%5): use a smaller window or "
        "add padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "kernel %1 (effective %2 with dilation %3) is larger than the padded input %4: use a smaller window or add "
        "padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "the output would be empty (%1): use a smaller window"),
    QT_TRANSLATE_NOOP("EngineMessages", "the output would be empty: use a smaller window"),
    QT_TRANSLATE_NOOP("EngineMessages", "dilation applies to max pooling only"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding %1 (%2) must be at most half the kernel size (%3 / %4 = %5): lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages", "padding %1 must be at most half the kernel size (%2 / %3 = %4): lower the padding"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the output would have more than %1^%2 elements: use a smaller input or fewer channels"),
    // engine/network.cpp: a layer's message is prefixed with the layer.
    QT_TRANSLATE_NOOP("EngineMessages", "layer %1 (%2): %3"),
};


// The messages of the file loaders, written by the engine and ui/ (images, scenes, .npy and .npz,
// network specs, lecture files, ONNX import, exports). Each %N stands for anything (a file name,
// a field, a number, a nested message) and is matched as such; an argument that is itself a
// message is translated in turn. Plain prefixes ("input.kernel: ", "FILE: ") are kept as they
// are and the rest is translated.
const char *const kFilePatterns[] = {
    // files (engine/file_util.cpp, npy.cpp, export)
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: no such file"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: it is a directory"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: the file is larger than %2 MiB"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: the file is larger than %2 GiB, the most the engine holds"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read %1: read error"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: not a file name"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: it is a directory"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: write error (disk full?)"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: the folder %2 does not exist"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: the encoder wrote nothing (disk full?)"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: the SVG generator did not start"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: the PDF writer did not start"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: nothing was drawn"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: a frame of the wrong size"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: not open"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: %2 failed (%3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot encode %1 as PNG: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: the image is empty"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "cannot write %1: PNG holds 8- or 16-bit images with 1, 3 or 4 channels (convert with toDisplay "
        "first)"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: PNG encoding failed"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: PNG encoding failed (%2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the file is empty"),
    // exports (ui/export)
    QT_TRANSLATE_NOOP("EngineMessages", "export cancelled"),
    QT_TRANSLATE_NOOP("EngineMessages", "nothing to export: the scene has no valid picture yet"),
    QT_TRANSLATE_NOOP("EngineMessages", "nothing to export"),
    QT_TRANSLATE_NOOP("EngineMessages", "another export is still running"),
    QT_TRANSLATE_NOOP("EngineMessages", "the layer's output is still being computed: export again once it is shown"),
    QT_TRANSLATE_NOOP("EngineMessages", "speed %1 frames per second is out of range (%2 to %3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the scene has no animation to export"),
    QT_TRANSLATE_NOOP("EngineMessages", "first step %1 is outside the animation (steps 0 to %2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "last step %1 is outside the animation (steps 0 to %2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "first step %1 comes after the last step %2: swap them"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "steps %1 to %2 are %3 frames, more than the %4 an export may have: choose a shorter step range"),
    QT_TRANSLATE_NOOP("EngineMessages", "size %1x%2 is out of range (sides from %3 to %4)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "cannot write %1: this OpenCV has no MP4 encoder (tried H.264 'avc1' and MPEG-4 'mp4v' through "
        "FFmpeg): export a GIF instead"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1: %2 is an animation format"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1: %2 is not an animation format (GIF or MP4)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1: the current view exports as .png, .svg or .pdf"),
    // images (engine/image_io.cpp)
    QT_TRANSLATE_NOOP("EngineMessages", "cannot load %1: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "the image has %1 channels; ConvScope reads grey, RGB and RGBA images"),
    QT_TRANSLATE_NOOP("EngineMessages", "its sample format is not supported: convert it to an 8- or 16-bit PNG"),
    QT_TRANSLATE_NOOP("EngineMessages", "the %1 header is truncated or damaged"),
    QT_TRANSLATE_NOOP("EngineMessages", "the %1 header says the image is %2x%3 pixels: it is empty or damaged"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the JPEG header leaves the height to a later DNL marker, which is not supported: re-save the image"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "ConvScope cannot check the size of %1 images before decoding them: convert it to PNG"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "not an image OpenCV can read (the file is not PNG, JPEG, BMP, TIFF, WebP or PNM): open a PNG or "
        "JPEG photo"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the image is %1x%2 = %3 megapixels; ConvScope opens images up to %4 megapixels: scale it down "
        "first"),
    QT_TRANSLATE_NOOP("EngineMessages", "OpenCV 4.6 cannot decode GIF images: convert it to PNG"),
    QT_TRANSLATE_NOOP("EngineMessages", "not an image OpenCV can read (%1)"),
    QT_TRANSLATE_NOOP("EngineMessages", "not an image OpenCV can read (the %1 data is damaged or truncated)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the PNG data is damaged or truncated: its %1 chunk at byte %2 claims %3 bytes and only %4 follow"),
    // NPY (engine/npy.cpp)
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid .npy file: %1"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "unsupported .npy data type '%1': use float32 (<f4), float64, uint8, int32 or int64, little-endian"),
    QT_TRANSLATE_NOOP("EngineMessages", "the .npy shape has a dimension too large to hold"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header is not a dictionary"),
    QT_TRANSLATE_NOOP("EngineMessages", "a header key is not a string"),
    QT_TRANSLATE_NOOP("EngineMessages", "missing ':' after '%1' in the header"),
    QT_TRANSLATE_NOOP("EngineMessages", "'descr' is not a string"),
    QT_TRANSLATE_NOOP("EngineMessages", "'fortran_order' is neither True nor False"),
    QT_TRANSLATE_NOOP("EngineMessages", "'shape' is not a tuple"),
    QT_TRANSLATE_NOOP("EngineMessages", "'shape' holds something that is not a non-negative integer"),
    QT_TRANSLATE_NOOP("EngineMessages", "'shape' has too many dimensions"),
    QT_TRANSLATE_NOOP("EngineMessages", "'shape' is not a tuple of integers"),
    QT_TRANSLATE_NOOP("EngineMessages", "unexpected header key '%1'"),
    QT_TRANSLATE_NOOP("EngineMessages", "missing ',' in the header"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header lacks 'descr', 'fortran_order' or 'shape'"),
    QT_TRANSLATE_NOOP("EngineMessages", "it does not start with the NumPy magic string"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header is truncated"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "unsupported format version %1 (versions 1, 2 and 3 are read): save it with numpy.save"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header claims %1 bytes (at most %2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the .npy shape is unusable: %1"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the .npy shape is unusable: a dimension of %1 elements is too long (at most %2): reshape it"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header's shape needs %1 bytes of data but the file has %2 (truncated?)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the header's shape needs %1 bytes of data but the file has %2"),
    // weights (engine/weights.cpp)
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read weights from %1: not a folder"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot list %1: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "the weights in %1 are larger than 4 GiB"),
    QT_TRANSLATE_NOOP("EngineMessages", "not an .npz archive (too short)"),
    QT_TRANSLATE_NOOP("EngineMessages", "not an .npz archive (no zip directory)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the zip directory is damaged"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "'%1' is compressed (np.savez_compressed): save with np.savez or as a folder of .npy files"),
    QT_TRANSLATE_NOOP("EngineMessages", "the entry '%1' is damaged"),
    QT_TRANSLATE_NOOP("EngineMessages", "the entry '%1' is truncated"),
    // scenes (engine/scene.cpp); a field's message follows its name ("layer.kernel: ...")
    QT_TRANSLATE_NOOP("EngineMessages", "must be a whole number"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 is out of range (%2 to %3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "is out of range (%1 to %2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be true or false"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a string"),
    QT_TRANSLATE_NOOP("EngineMessages", "is too long"),
    QT_TRANSLATE_NOOP("EngineMessages", "'%1' is not one of %2 or %3"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a whole number or a list of them"),
    QT_TRANSLATE_NOOP("EngineMessages", "has %1 values but the layer has %2 spatial dimension(s)"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a list of numbers"),
    QT_TRANSLATE_NOOP("EngineMessages", "has %1 values, more than %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "holds a value that is not a finite float"),
    QT_TRANSLATE_NOOP("EngineMessages", "unknown field, ignored"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be an object"),
    QT_TRANSLATE_NOOP("EngineMessages", "has %1 values but the grid has %2 x %3 x %4 cells"),
    QT_TRANSLATE_NOOP("EngineMessages", "an image input needs the path of the image"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be [x, y, width, height] in pixels"),
    QT_TRANSLATE_NOOP("EngineMessages", "width and height must be at least 1"),
    QT_TRANSLATE_NOOP("EngineMessages", "'%1' is not a number, a list of numbers, same or valid"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "'%1' is not none or an activation (relu, leaky_relu, elu, gelu, silu, sigmoid, tanh)"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a list of 1 to 16 kernel preset names"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be a list of kernel preset names"),
    QT_TRANSLATE_NOOP("EngineMessages", "'%1' is not a kernel preset"),
    QT_TRANSLATE_NOOP("EngineMessages", "must be an object with output, input and preset"),
    QT_TRANSLATE_NOOP("EngineMessages", "needs output, input and preset"),
    QT_TRANSLATE_NOOP("EngineMessages", "'%1' is not light or dark"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid scene: the JSON is nested deeper than %1 levels"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid scene: the file is not JSON"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid scene: the JSON is not an object"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid scene: format is '%1', expected '%2'"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "this scene was written by a newer ConvScope (scene version %1; this version reads up to %2): "
        "update ConvScope to open it"),
    QT_TRANSLATE_NOOP("EngineMessages", "not a valid scene: version must be at least 1"),
    QT_TRANSLATE_NOOP("EngineMessages", "a signal input needs a 1-d layer (dims 1)"),
    QT_TRANSLATE_NOOP("EngineMessages", "padding 'same' is for convolutions: give pooling a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "the scene's image is not loaded"),
    QT_TRANSLATE_NOOP("EngineMessages", "the kernel is too large to show"),
    QT_TRANSLATE_NOOP("EngineMessages", "the convolution has no kernel"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel preset: %1"),
    // network specs (engine/spec_json.cpp); "input: " and "layer 3 (c3): " name the place
    QT_TRANSLATE_NOOP("EngineMessages", "layer %1: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "a boolean"),
    QT_TRANSLATE_NOOP("EngineMessages", "a string"),
    QT_TRANSLATE_NOOP("EngineMessages", "a list"),
    QT_TRANSLATE_NOOP("EngineMessages", "an object"),
    QT_TRANSLATE_NOOP("EngineMessages", "the number %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "a list of %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 %2 is out of range (at most %3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 %2 is out of range (at least %3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 must be an integer, not %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "missing field '%1': %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "missing field '%1'"),
    QT_TRANSLATE_NOOP("EngineMessages", "the number of output channels"),
    QT_TRANSLATE_NOOP("EngineMessages", "the kernel size"),
    QT_TRANSLATE_NOOP("EngineMessages", "the window size"),
    QT_TRANSLATE_NOOP("EngineMessages", "the number of outputs"),
    QT_TRANSLATE_NOOP("EngineMessages", "the number of input channels"),
    QT_TRANSLATE_NOOP("EngineMessages", "a list of 1, 2 or 3 spatial sizes"),
    QT_TRANSLATE_NOOP("EngineMessages", "a list of layers, e.g. [{\"type\": \"relu\"}]"),
    QT_TRANSLATE_NOOP("EngineMessages", "one of %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "a network spec starts with \"format\": \"convscope-network\""),
    QT_TRANSLATE_NOOP("EngineMessages", "add \"version\": 1"),
    QT_TRANSLATE_NOOP("EngineMessages", "e.g. \"input\": {\"channels\": 3, \"size\": [224, 224]}"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 must be true or false, not %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 must be a number, not %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 must be a string, not %2"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "%1 has %2 entries but the input has %3 spatial dimension: give one integer or a list of %4"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "%1 has %2 entries but the input has %3 spatial dimensions: give one integer or a list of %4"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 must be an integer or a list of %2 integers, not %3"),
    QT_TRANSLATE_NOOP("EngineMessages", "unknown field '%1' is ignored"),
    QT_TRANSLATE_NOOP("EngineMessages", "padding '%1' is not \"same\", \"valid\" or a number"),
    QT_TRANSLATE_NOOP("EngineMessages", "padding '%1' is not \"valid\" or a number"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding '%1' is not \"valid\" or a number: pooling takes no \"same\" padding, give a number"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding_mode '%1' is not one of \"zeros\", \"reflect\", \"replicate\", \"circular\""),
    QT_TRANSLATE_NOOP("EngineMessages", "must be an object with a \"type\", not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "name must be a string, not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "name must not be empty: leave it out for the default name"),
    QT_TRANSLATE_NOOP("EngineMessages", "type must be a string, not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "unknown type '%1': use one of %2"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "format is %1, not \"convscope-network\": this is not a ConvScope network spec"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the spec has version %1 but this ConvScope reads version %2: update ConvScope to open it"),
    QT_TRANSLATE_NOOP("EngineMessages", "version %1 is not valid: the first version is 1"),
    QT_TRANSLATE_NOOP("EngineMessages", "the JSON is nested deeper than %1 levels: a network spec needs only a few"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the spec is empty: a network spec is a JSON object with \"format\": \"convscope-network\""),
    QT_TRANSLATE_NOOP("EngineMessages", "not valid JSON: %1"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a network spec is a JSON object with \"format\": \"convscope-network\", not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "input must be an object like {\"channels\": 3, \"size\": [224, 224]}, not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "size must be a list of 1, 2 or 3 integers, not %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "layers must be a list, not %1"),
    // lecture files (ui/lecture/lecture.cpp)
    QT_TRANSLATE_NOOP("EngineMessages", "not valid JSON (%1 at byte %2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "a lecture must be a JSON object"),
    QT_TRANSLATE_NOOP("EngineMessages", "\"format\" must be \"convscope-lecture\""),
    QT_TRANSLATE_NOOP("EngineMessages", "unsupported \"version\" (this ConvScope reads version 1)"),
    QT_TRANSLATE_NOOP("EngineMessages", "\"title\" must be a string"),
    QT_TRANSLATE_NOOP("EngineMessages", "\"scenes\" must be a non-empty list of scene files"),
    QT_TRANSLATE_NOOP("EngineMessages", "too many scenes (at most %1)"),
    QT_TRANSLATE_NOOP("EngineMessages", "scene %1 must be a file name"),
    QT_TRANSLATE_NOOP("EngineMessages", "scene %1 (%2) not found"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot read the file"),
    QT_TRANSLATE_NOOP("EngineMessages", "the file is larger than 1 MB"),
    // ONNX import (engine/onnx_import.cpp): "FILE: node 'NAME' (OP): MESSAGE"
    QT_TRANSLATE_NOOP("EngineMessages", "node '%1' (%2): %3"),
    QT_TRANSLATE_NOOP("EngineMessages", "OpenCV layer %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "channel count"),
    QT_TRANSLATE_NOOP("EngineMessages", "not an ONNX model (the file is damaged, truncated or of another kind)"),
    QT_TRANSLATE_NOOP("EngineMessages", "OpenCV cannot read this ONNX model: %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "ConvScope has no %1 layer"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "only 1-D, 2-D and 3-D convolutions of (C, L), (C, H, W) or (C, D, H, W) feature maps with a "
        "constant weight are imported; it receives %1"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "its weight has %1 input channels per group, which does not divide the %2 channels it receives"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "padding %1 before and %2 after (%3) is asymmetric; ConvScope pads both sides equally"),
    QT_TRANSLATE_NOOP("EngineMessages", "auto_pad SAME with a stride above 1 has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages", "auto_pad %1 is not supported"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a separate padding before a convolution with auto_pad SAME has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a %1 padding before a convolution that pads with zeros as well has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages", "its bias has %1 values for %2 output channels"),
    QT_TRANSLATE_NOOP("EngineMessages", "only max and average pooling are imported"),
    QT_TRANSLATE_NOOP("EngineMessages", "pooling needs (C, L), (C, H, W) or (C, D, H, W) feature maps; it receives %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "a separate padding before a global pooling has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages", "its kernel_shape does not have %1 sizes for its %2 input"),
    QT_TRANSLATE_NOOP("EngineMessages", "dilated average pooling has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "zeros padded before a max pool can win the maximum, unlike the pool's own padding; ConvScope has "
        "no equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a %1 padding before a pooling has no ConvScope equivalent (only convolutions reflect or replicate "
        "their border)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a separate padding before a pooling with ceil_mode has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a separate padding before an average pool that leaves its own padding out of the average has no "
        "ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "it pads flat features; ConvScope imports paddings of feature maps before a convolution or pooling"),
    QT_TRANSLATE_NOOP("EngineMessages", "its mode %1 has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages", "OpenCV gives it an output of another rank"),
    QT_TRANSLATE_NOOP("EngineMessages", "negative pads (cropping) are not imported"),
    QT_TRANSLATE_NOOP("EngineMessages", "it pads the batch dimension; ConvScope pads only the spatial dimensions"),
    QT_TRANSLATE_NOOP("EngineMessages", "it pads the channel dimension; ConvScope pads only the spatial dimensions"),
    QT_TRANSLATE_NOOP("EngineMessages", "it pads by %1; ConvScope imports paddings up to 4096"),
    QT_TRANSLATE_NOOP("EngineMessages", "two separate paddings in a row are not imported"),
    QT_TRANSLATE_NOOP("EngineMessages", "its padding is too large to import"),
    QT_TRANSLATE_NOOP("EngineMessages", "OpenCV cannot apply this padding to %1 feature maps: %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "its pads could not be read"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "it pads %1: asymmetric padding has no ConvScope equivalent (ConvScope pads both sides equally)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 before and %2 after (%3)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 before and %2 after (%3), %4"),
    QT_TRANSLATE_NOOP("EngineMessages", "it pads with the value %1; ConvScope pads with zeros"),
    QT_TRANSLATE_NOOP("EngineMessages", "unexpected parameters (%1 tensors)"),
    QT_TRANSLATE_NOOP("EngineMessages", "its parameters have %1 values for %2 channels"),
    QT_TRANSLATE_NOOP("EngineMessages", "only a linear layer with a constant weight matrix is imported"),
    QT_TRANSLATE_NOOP("EngineMessages", "its weight takes %1 features, but it receives %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "its bias has %1 values for %2 outputs"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a reshape to (%1) is not a flatten to (batch, %2); ConvScope imports sequential CNNs whose only "
        "reshape is a flatten"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a per-element scale or shift is only imported as the bias of the linear layer (MatMul) right "
        "before it"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the model has %1 inputs; ConvScope imports sequential CNNs with one image input"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the input '%1' has %2 dimensions; ConvScope imports CNNs with an input of shape (N, C, L), (N, C, "
        "H, W) or (N, C, D, H, W)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the input '%1' has no shape; ConvScope imports CNNs with an input of shape (N, C, L), (N, C, H, W) "
        "or (N, C, D, H, W)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the input's %1 is not fixed in the file ('%2'): export the model with a fixed input size (no "
        "dynamic axes but the batch)"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the input's %1 is not fixed in the file: export the model with a fixed input size (no dynamic axes "
        "but the batch)"),
    QT_TRANSLATE_NOOP("EngineMessages", "the model has no layers"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "it combines %1 tensors, so the graph branches (a skip connection or parallel paths); ConvScope "
        "imports sequential CNNs only"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "it reads the model's input rather than the node before it, so the graph branches; ConvScope "
        "imports sequential CNNs only"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "it reads '%1' rather than the node before it, so the graph branches; ConvScope imports sequential "
        "CNNs only"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a separate padding is imported only right before a convolution or pooling, into whose padding it "
        "is folded; it is followed by %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "folded into the layer after it: %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "a flatten from axis %1 is not supported (only from axis 1, as nn.Flatten())"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "ConvScope has no such layer; it imports sequential CNNs made of Conv, MaxPool, AveragePool, Relu, "
        "LeakyRelu, Elu, Sigmoid, Tanh, BatchNormalization, Flatten and Gemm/MatMul"),
    QT_TRANSLATE_NOOP("EngineMessages", "a separate padding at the end of the model has no ConvScope equivalent"),
    QT_TRANSLATE_NOOP("EngineMessages", "the model has %1 outputs; ConvScope imports sequential CNNs with one output"),
    QT_TRANSLATE_NOOP("EngineMessages", "the model has no layer ConvScope can show"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the imported layers give an output of shape %1, but the file says the model's output is different; "
        "the model uses an operator in a way ConvScope does not understand"),
    // ONNX import notes (shown in the status bar after an import)
    QT_TRANSLATE_NOOP("EngineMessages", "node '%1' (%2)"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 became the padding of %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 became the bias of %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "the model was exported for a batch of %1; ConvScope runs one image at a time"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 flattens its input: a flatten layer was added before it"),
    QT_TRANSLATE_NOOP("EngineMessages", "%1 was left out: dropout is the identity at inference"),
    // scenes: kernel pairs; the GIF writer's steps ("cannot write FILE: the colour table failed (...)")
    QT_TRANSLATE_NOOP("EngineMessages", "must be a list of at most 256 {\"output\", \"input\", \"preset\"} objects"),
    QT_TRANSLATE_NOOP("EngineMessages", "the colour table"),
    QT_TRANSLATE_NOOP("EngineMessages", "the screen descriptor"),
    QT_TRANSLATE_NOOP("EngineMessages", "the loop extension"),
    QT_TRANSLATE_NOOP("EngineMessages", "a frame's delay"),
    QT_TRANSLATE_NOOP("EngineMessages", "a frame's descriptor"),
    QT_TRANSLATE_NOOP("EngineMessages", "a frame's pixels"),
    QT_TRANSLATE_NOOP("EngineMessages", "unknown giflib error"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot open"),
    QT_TRANSLATE_NOOP("EngineMessages", "close failed"),
    // weights that do not fit the network (engine/network.cpp, the Network view's maps)
    QT_TRANSLATE_NOOP("EngineMessages",
        "the weight '%1' has shape %2 but the layer needs %3: check the layer's parameters or the weights file"),
    QT_TRANSLATE_NOOP("EngineMessages", "the input has %1 channels but the network needs %2"),
    // kernel presets (engine/kernels.cpp), the filter bank, "Use as kernel" (pattern_tools.cpp)
    QT_TRANSLATE_NOOP("EngineMessages", "unknown kernel preset '%1': choose one of %2"),
    QT_TRANSLATE_NOOP("EngineMessages", "kernel size %1 is out of range: each side must be 1 to %2"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the %1 kernel is 3x3 only, not %2: set the kernel size to 3x3, or use box, gaussian or gabor for "
        "other sizes"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the identity kernel needs odd sizes (it has a centre cell), not %1: use 1x1, 3x3 or 5x5"),
    QT_TRANSLATE_NOOP("EngineMessages", "the Gaussian's sigma must be a number"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the Gabor kernel needs a positive wavelength and aspect ratio: check lambda and gamma"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "a filter bank needs a 1-d or 2-d convolution weight (O, C, kH, kW); this one has shape %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "cell size %1 px is outside 1 to 64"),
    QT_TRANSLATE_NOOP("EngineMessages",
        "the filter bank would be %1 x %2 px (at most %3 per side): use a smaller cell size"),
    QT_TRANSLATE_NOOP("EngineMessages", "a region can become the kernel of a 2-D layer only"),
    QT_TRANSLATE_NOOP("EngineMessages", "the layer's groups do not divide its channels"),
    QT_TRANSLATE_NOOP("EngineMessages", "there is no output channel %1"),
    QT_TRANSLATE_NOOP("EngineMessages", "the region is flat: with its mean removed the kernel would be all zeros"),
    QT_TRANSLATE_NOOP("EngineMessages", "cannot write %1: only a grey or RGB photo can be saved"),
};

// The Playground's patterns (kPatterns), for telling a known message from an unknown one.
const QSet<QString> &numberPatterns()
{
    static const QSet<QString> all = [] {
        QSet<QString> set;
        for (const char *p : kPatterns)
            set.insert(QString::fromUtf8(p));
        return set;
    }();
    return all;
}

struct FilePattern {
    const char *english;
    QRegularExpression re; // the pattern with each %N a lazy group, anchored
    QString anchor; // its longest literal piece: a message without it cannot match
    qsizetype literal = 0; // literal characters: the most specific pattern is tried first
    bool leadingArgument = false; // the pattern starts with %1
};

const std::vector<FilePattern> &filePatterns()
{
    static const std::vector<FilePattern> all = [] {
        static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        std::vector<FilePattern> list;
        for (const char *p : kFilePatterns) {
            const QString english = QString::fromUtf8(p);
            FilePattern f { p, {}, {}, 0, english.startsWith(QLatin1Char('%')) };
            QString re = QStringLiteral("^");
            qsizetype at = 0;
            auto literal = [&](qsizetype to) {
                const QString piece = english.mid(at, to - at);
                re += QRegularExpression::escape(piece);
                f.literal += piece.size();
                if (piece.size() > f.anchor.size())
                    f.anchor = piece;
            };
            for (auto it = placeholder.globalMatch(english); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                literal(m.capturedStart());
                re += QStringLiteral("(.+?)");
                at = m.capturedEnd();
            }
            literal(english.size());
            f.re = QRegularExpression(re + QLatin1Char('$'), QRegularExpression::DotMatchesEverythingOption);
            list.push_back(std::move(f));
        }
        std::stable_sort(list.begin(), list.end(), [](const FilePattern &a, const FilePattern &b) { return a.literal > b.literal; });
        return list;
    }();
    return all;
}

// Puts args into a translated pattern, each placeholder once, left to right, so an argument is
// never substituted again (the engine's fillText).
QString fill(const QString &translated, const QStringList &args)
{
    std::vector<std::string> values;
    values.reserve(static_cast<std::size_t>(args.size()));
    for (const QString &arg : args)
        values.push_back(arg.toStdString());
    return QString::fromStdString(fillText(translated.toStdString(), values));
}

bool isAxisWord(const QString &text)
{
    return text == QLatin1String("length") || text == QLatin1String("depth") || text == QLatin1String("height")
        || text == QLatin1String("width");
}

bool matchFilePattern(const QString &text, bool leadingArgument, QString &out);

// `covered` tells whether the text was a known message (a number pattern, a file pattern, or a
// prefix followed by a known message); an unknown text is returned as it is.
QString translateText(const QString &text, bool &covered)
{
    covered = false;
    // "layer 7 (conv4_1): MESSAGE" (engine/network.cpp): the layer's name stays, the rest is translated.
    static const QRegularExpression layerPrefix(QStringLiteral("^layer (\\d+) \\(([^)]*)\\): (.+)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = layerPrefix.match(text); m.hasMatch()) {
        const QString rest = translateText(m.captured(3), covered);
        return QCoreApplication::translate("EngineMessages", "layer %1 (%2): %3").arg(m.captured(1), m.captured(2), rest);
    }
    // Numbers and "(height)"-style axes become %1, %2, ... in the order they appear.
    static const QRegularExpression token(QStringLiteral("\\d+|\\((length|depth|height|width)\\)"));
    QString pattern;
    QStringList args;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += text.mid(at, m.capturedStart() - at);
        const QString placeholder = QLatin1Char('%') + QString::number(args.size() + 1);
        if (m.captured(1).isEmpty()) {
            args << m.captured(0);
            pattern += placeholder;
        } else {
            // the axis word, as arithmetic.cpp translates it
            args << QCoreApplication::translate("convscope::ui", m.captured(1).toUtf8().constData());
            pattern += QLatin1Char('(') + placeholder + QLatin1Char(')');
        }
        at = m.capturedEnd();
    }
    pattern += text.mid(at);
    if (numberPatterns().contains(pattern)) {
        covered = true;
        const QByteArray key = pattern.toUtf8();
        return fill(QCoreApplication::translate("EngineMessages", key.constData()), args);
    }
    // A file loader's message: its arguments may be messages themselves. Patterns that start
    // with a literal go first, then "PREFIX: MESSAGE", then the patterns that start with an
    // argument (so that "FILE: layer 0 (conv0): kernel must be ..." keeps FILE and the layer
    // as prefixes rather than taking them for the argument).
    if (QString out; matchFilePattern(text, false, out)) {
        covered = true;
        return out;
    }
    // "PREFIX: MESSAGE" (a file name, a field such as "input.kernel"): the prefix stays.
    if (const qsizetype colon = text.indexOf(QLatin1String(": ")); colon > 0) {
        const QString rest = translateText(text.mid(colon + 2), covered);
        if (covered)
            return text.left(colon + 2) + rest;
    }
    if (QString out; matchFilePattern(text, true, out)) {
        covered = true;
        return out;
    }
    return text;
}

bool matchFilePattern(const QString &text, bool leadingArgument, QString &out)
{
    for (const FilePattern &f : filePatterns()) {
        if (f.leadingArgument != leadingArgument || !text.contains(f.anchor))
            continue;
        const QRegularExpressionMatch m = f.re.match(text);
        if (!m.hasMatch())
            continue;
        QStringList filled;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            const QString arg = m.captured(i);
            bool known = false;
            filled << (isAxisWord(arg) ? QCoreApplication::translate("convscope::ui", arg.toUtf8().constData())
                                       : translateText(arg, known));
        }
        out = fill(QCoreApplication::translate("EngineMessages", f.english), filled);
        return true;
    }
    return false;
}

} // namespace

QString translateEngineMessage(const std::string &message)
{
    bool covered = false;
    return translateText(QString::fromStdString(message), covered);
}

bool isKnownEngineMessage(const std::string &message)
{
    bool covered = false;
    (void)translateText(QString::fromStdString(message), covered);
    return covered;
}

QStringList engineMessagePatterns()
{
    QStringList all;
    for (const char *p : kPatterns)
        all << QString::fromUtf8(p);
    for (const char *p : kFilePatterns)
        all << QString::fromUtf8(p);
    return all;
}

} // namespace convscope::ui

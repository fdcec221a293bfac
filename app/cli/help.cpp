#include "commands.h"

namespace convscope::cli {

std::string helpText()
{
    return R"(ConvScope: convolutional neural networks made visible.

usage:
  convscope [--presenter] [--lang en|de] [FILE]
                                       open the GUI; FILE may be an image, a scene, a lecture, a
                                       network spec, an ONNX model or preset:ID; --presenter
                                       starts in presenter mode (Esc leaves it), --lang picks the
                                       language for this run
  convscope conv  --input X.npy --weight W.npy [--bias B.npy] [--stride S] [--padding P|same|valid]
                  [--dilation D] [--groups G] [--padding-mode zeros|reflect|replicate|circular]
                  [--flip] --output Y.npy
  convscope pool  --type max|avg|sum --input X.npy --kernel K [--stride S] [--padding P]
                  [--dilation D] [--ceil-mode] [--exclude-pad] --output Y.npy
  convscope summary NET.json|MODEL.onnx [--json]
  convscope apply NET.json|MODEL.onnx --image IMAGE --output-dir DIR
  convscope render SCENE --output FRAME.png [--step N] [--size WxH]
  convscope export SCENE --output ANIMATION.gif|.mp4 [--fps N] [--size WxH]
                  [--first-step N] [--last-step M]
  convscope bench conv --input-shape C,H,W --out-channels O --kernel K [--stride S] [--padding P]
                  [--dilation D] [--groups G] [--threads T] [--repeat R] [--json]
  convscope --help | --version

Per-dimension options take N or N,M[,K]. Tensors are NumPy .npy files: input (C, *spatial),
weight (O, C/groups, *kernel), bias (O,). --flip rotates the kernel by 180 degrees (the
image-processing convolution); without it, the deep-learning convolution (cross-correlation).

NET.json may also be a built-in preset, preset:ID (alexnet, vgg11, vgg16, lenet5, tiny_vgg,
dilated_context, mobilenet_block, and the lecture's examples, e.g. preset:ex2b_shape).
MODEL.onnx is a trained sequential CNN exported to ONNX (conv, pooling, activations, batchnorm,
flatten, linear); apply then uses its weights.

export writes one frame per step (steps count from 0; the whole animation by default, at most
20000 frames) at the scene's speed unless --fps is given (1 to 50), 1600x1000 by default; GIFs
loop forever, MP4s are H.264 (or MPEG-4 where OpenCV has no H.264 encoder) with even sides.

Exit status: 0 success, 2 bad usage or impossible parameters, 3 unreadable or invalid input file.
)";
}

} // namespace convscope::cli

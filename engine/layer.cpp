#include "layer.h"

#include <utility>

namespace convscope {

namespace {

template <class... F> struct Overloaded : F... {
    using F::operator()...;
};
// Clang 14 does not deduce an aggregate's template arguments (P1816) without a guide.
template <class... F> Overloaded(F...) -> Overloaded<F...>;

Dims repeated(int v)
{
    return { v, v, v };
}

} // namespace

std::string layerType(const LayerConfig& config)
{
    return std::visit(
        Overloaded {
            [](const ConvLayer&) { return std::string("conv"); },
            [](const PoolLayer& l) {
                switch (l.params.type) {
                case PoolType::Avg:
                    return std::string("avgpool");
                case PoolType::Sum:
                    return std::string("sumpool");
                case PoolType::Max:
                    break;
                }
                return std::string("maxpool");
            },
            [](const ActivationLayer& l) { return std::string(activationName(l.function)); },
            [](const BatchNormLayer&) { return std::string("batchnorm"); },
            [](const FlattenLayer&) { return std::string("flatten"); },
            [](const LinearLayer&) { return std::string("linear"); },
            [](const DropoutLayer&) { return std::string("dropout"); },
        },
        config);
}

std::string layerName(const Layer& layer, int index)
{
    if (!layer.name.empty())
        return layer.name;
    return layerType(layer.config) + std::to_string(index);
}

Layer convLayer(std::string name, int outChannels, int kernel, int stride, int padding,
    int dilation, int groups, int spatialDims)
{
    ConvLayer c;
    c.params.spatialDims = spatialDims;
    c.params.outChannels = outChannels;
    c.params.kernel = repeated(kernel);
    c.params.stride = repeated(stride);
    c.params.dilation = repeated(dilation);
    c.params.padding = Padding::explicitly(repeated(padding));
    c.params.groups = groups;
    return { std::move(name), c };
}

Layer poolLayer(
    std::string name, PoolType type, int kernel, int stride, int padding, int spatialDims)
{
    PoolLayer p;
    p.params.spatialDims = spatialDims;
    p.params.type = type;
    p.params.kernel = repeated(kernel);
    p.params.stride = repeated(stride);
    p.params.padding = repeated(padding);
    return { std::move(name), p };
}

Layer activationLayer(Activation function, std::string name)
{
    return { std::move(name), ActivationLayer { function, defaultActivationParameter(function) } };
}

Layer linearLayer(std::string name, int outFeatures, bool bias)
{
    return { std::move(name), LinearLayer { outFeatures, bias } };
}

Layer flattenLayer(std::string name)
{
    return { std::move(name), FlattenLayer {} };
}

} // namespace convscope

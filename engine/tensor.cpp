#include "tensor.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace convscope {

namespace {
std::size_t elementCount(const std::vector<int> &shape)
{
    std::size_t n = 1;
    for (int d : shape)
        n *= static_cast<std::size_t>(d);
    return n;
}
} // namespace

Tensor::Tensor(std::vector<int> shape, float fill)
    : m_shape(std::move(shape))
    , m_data(elementCount(m_shape), fill)
{
}

std::string Tensor::checkShape(const std::vector<std::int64_t> &shape)
{
    if (shape.empty())
        return "a tensor needs at least one dimension";
    std::int64_t n = 1;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] < 1)
            return "dimension " + std::to_string(i) + " is " + std::to_string(shape[i])
                + ": every dimension must be at least 1";
        if (shape[i] > kMaxTensorElements || n > kMaxTensorElements / shape[i])
            return "the tensor would have more than 2^31 elements: reduce its size";
        n *= shape[i];
    }
    return {};
}

Result<Tensor> Tensor::create(const std::vector<std::int64_t> &shape)
{
    if (auto problem = checkShape(shape); !problem.empty())
        return Error { problem };
    std::vector<int> s(shape.begin(), shape.end());
    return Tensor(std::move(s));
}

void Tensor::reshape(const std::vector<int> &shape)
{
    m_shape = shape;
    m_data.resize(elementCount(m_shape));
}

void Tensor::fill(float value) { std::fill(m_data.begin(), m_data.end(), value); }

std::int64_t Tensor::planeSize() const
{
    std::int64_t n = 1;
    for (std::size_t i = 1; i < m_shape.size(); ++i)
        n *= m_shape[i];
    return n;
}

std::string shapeString(const std::vector<int> &shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        s += ",";
    return s + ")";
}

std::string Tensor::shapeString() const { return convscope::shapeString(m_shape); }

} // namespace convscope

#pragma once

#include "error.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace convscope {

// Largest tensor the engine will allocate: 2^31 elements (8 GiB of float32), as CONTRACT.md says.
inline constexpr std::int64_t kMaxTensorElements = std::int64_t { 1 } << 31;

// A dense float32 tensor in C order. Feature maps are (C, *spatial) with 1..3 spatial dimensions;
// weights are (O, C/groups, *kernel); a flattened vector is (N).
// Storage is reused by reshape(), so a caller that keeps its output tensor across calls pays the
// page faults of a large buffer only once.
class Tensor {
public:
    Tensor() = default;
    explicit Tensor(std::vector<int> shape, float fill = 0.0f);

    // Checks that every dimension is >= 1 and the element count is at most kMaxTensorElements.
    [[nodiscard]] static Result<Tensor> create(const std::vector<std::int64_t> &shape);
    [[nodiscard]] static std::string checkShape(const std::vector<std::int64_t> &shape);

    // Changes the shape, keeping the allocation when it is large enough. Contents are unspecified.
    void reshape(const std::vector<int> &shape);
    void fill(float value);

    [[nodiscard]] const std::vector<int> &shape() const { return m_shape; }
    [[nodiscard]] int ndim() const { return static_cast<int>(m_shape.size()); }
    [[nodiscard]] int dim(int i) const { return m_shape[static_cast<std::size_t>(i)]; }
    [[nodiscard]] std::int64_t numel() const { return static_cast<std::int64_t>(m_data.size()); }
    [[nodiscard]] bool empty() const { return m_data.empty(); }

    // For (C, *spatial) tensors.
    [[nodiscard]] int channels() const { return m_shape.empty() ? 0 : m_shape[0]; }
    [[nodiscard]] int spatialDims() const { return ndim() - 1; }
    [[nodiscard]] std::int64_t planeSize() const; // product of the dimensions after the first

    [[nodiscard]] float *data() { return m_data.data(); }
    [[nodiscard]] const float *data() const { return m_data.data(); }
    [[nodiscard]] std::span<float> values() { return m_data; }
    [[nodiscard]] std::span<const float> values() const { return m_data; }
    [[nodiscard]] float *plane(int c) { return m_data.data() + c * planeSize(); }
    [[nodiscard]] const float *plane(int c) const { return m_data.data() + c * planeSize(); }

    float &operator[](std::int64_t i) { return m_data[static_cast<std::size_t>(i)]; }
    float operator[](std::int64_t i) const { return m_data[static_cast<std::size_t>(i)]; }

    [[nodiscard]] std::string shapeString() const; // "(3, 224, 224)"

    bool operator==(const Tensor &) const = default;

private:
    std::vector<int> m_shape;
    std::vector<float> m_data;
};

[[nodiscard]] std::string shapeString(const std::vector<int> &shape);

} // namespace convscope

#pragma once

// Trained parameters of a network, by PyTorch state_dict key: "<layer>.weight", "<layer>.bias",
// and for batchnorm "<layer>.running_mean" and "<layer>.running_var".

#include "error.h"
#include "tensor.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace convscope {

class WeightStore {
public:
    void insert(const std::string& key, Tensor tensor);
    // The tensor stored under key, or nullptr.
    [[nodiscard]] const Tensor* find(std::string_view key) const;
    [[nodiscard]] bool empty() const { return m_tensors.empty(); }
    [[nodiscard]] int size() const { return static_cast<int>(m_tensors.size()); }
    [[nodiscard]] std::vector<std::string> keys() const;

    // Every "<key>.npy" in a folder (not recursive); the key is the file name without ".npy",
    // e.g. "conv1.weight.npy" -> "conv1.weight".
    [[nodiscard]] static Result<WeightStore> loadFolder(const std::string& folder);
    // A NumPy .npz archive as np.savez writes it (a zip of .npy files, stored uncompressed);
    // compressed archives (np.savez_compressed) are refused with a message.
    [[nodiscard]] static Result<WeightStore> loadNpz(const std::string& path);
    // The same from the archive's bytes in memory; `name` stands for the path in messages.
    [[nodiscard]] static Result<WeightStore> parseNpz(std::string_view zip, const std::string& name);
    // A folder or an .npz file.
    [[nodiscard]] static Result<WeightStore> load(const std::string& path);

private:
    std::map<std::string, Tensor, std::less<>> m_tensors;
};

// Largest .npz archive read (and largest total of a folder's .npy files).
inline constexpr std::int64_t kMaxWeightBytes = std::int64_t { 4 } << 30;

} // namespace convscope

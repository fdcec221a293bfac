#pragma once

// Element-wise activation functions, as torch.nn.functional defines them.

#include <optional>
#include <span>
#include <string_view>

namespace convscope {

enum class Activation { Relu, LeakyRelu, Elu, Gelu, Silu, Sigmoid, Tanh };

// The spec's type string: "relu", "leaky_relu", "elu", "gelu", "silu", "sigmoid", "tanh".
[[nodiscard]] std::string_view activationName(Activation);
// Accepts the names above and the alias "swish" (= silu).
[[nodiscard]] std::optional<Activation> activationFromName(std::string_view name);

// The default of the one parameter an activation has: negative_slope 0.01 for leaky_relu,
// alpha 1 for elu, 0 (unused) for the rest.
[[nodiscard]] double defaultActivationParameter(Activation);
// The spec's name of that parameter ("negative_slope", "alpha"), or empty.
[[nodiscard]] std::string_view activationParameterName(Activation);

[[nodiscard]] float activate(Activation, float x, float parameter);
void applyActivation(Activation, float parameter, std::span<float> values);

} // namespace convscope

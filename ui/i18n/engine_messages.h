#pragma once
// The engine's validation messages (English, built from numbers: "kernel 9 is larger than the
// padded input 7 (height): use a smaller kernel or add padding") in the interface language. The
// message becomes a pattern — each number and each "(height)"-style axis a placeholder — that is
// looked up in translations/*.ts (context "EngineMessages"); a message without a translated
// pattern stays English. The command line never calls this (its errors stay English).

#include <QString>

#include <string>

namespace convscope::ui {

[[nodiscard]] QString translateEngineMessage(const std::string &message);

} // namespace convscope::ui

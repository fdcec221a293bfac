#pragma once
// The engine's validation messages (English, built from numbers: "kernel 9 is larger than the
// padded input 7 (height): use a smaller kernel or add padding") in the interface language. The
// message becomes a pattern — each number and each "(height)"-style axis a placeholder — that is
// looked up in translations/*.ts (context "EngineMessages"); a message without a translated
// pattern stays English. The file loaders' messages (a bad image, scene, .npy/.npz, network spec,
// lecture or ONNX file, a failed export) are patterns whose placeholders stand for anything: the
// file names and field names in them are kept, a nested message is translated in turn. The
// command line never calls this (its errors stay English).

#include <QString>
#include <QStringList>

#include <string>

namespace convscope::ui {

[[nodiscard]] QString translateEngineMessage(const std::string &message);
// Whether translateEngineMessage knows the message (it matches a listed pattern, perhaps after a
// file name or field prefix), whatever the language: an unknown message stays English in German.
[[nodiscard]] bool isKnownEngineMessage(const std::string &message);
// Every English pattern listed for lupdate (context "EngineMessages").
[[nodiscard]] QStringList engineMessagePatterns();

} // namespace convscope::ui

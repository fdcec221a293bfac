#pragma once

// Exercises of the lecture's kinds, with answers and worked solutions computed by the engine.
//
// An Exercise is structured data (the kind, the network it is about, the answer, the steps'
// numbers); every English sentence is made in exercise_text.cpp, so the text lives in one place
// and can be translated there. Answers are never computed by a separate formula: parameter counts,
// output shapes and receptive fields come from summarize() (which uses planConv/planPool/
// convParamCount), and each worked step carries its numbers substituted into the formula as an
// expression that evaluates to the engine's value (the tests evaluate it).
//
// Generated sets are reproducible across compilers and standard libraries: std::mt19937's output
// sequence is fixed by the standard, and integers are drawn with uniformIndex() below, not with
// std::uniform_int_distribution (whose mapping differs between libstdc++, libc++ and MSVC).

#include "error.h"
#include "network.h"
#include "scene.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace convscope {

enum class ExerciseKind {
    ConvParams, // trainable parameters of a convolution (advanced: groups, depth-wise separable)
    ConvShape, // output shape of a 1-D/2-D/3-D convolution (advanced: dilation)
    ReceptiveField, // theoretical receptive field of a stack
    PoolShape, // output shape of a pooling layer
    FcVsConv, // parameters of a fully connected layer doing a convolution's job
};
inline constexpr int kExerciseKindCount = 5;

enum class ExerciseLevel { Basic, Advanced };

// What a parameter exercise asks about (ConvParams only).
enum class ParamsVariant { Standard, Grouped, DepthwiseSeparable };

// A number (one value) or a shape (C, *spatial).
struct ExerciseAnswer {
    std::vector<std::int64_t> values;
    bool isShape = false;
    bool operator==(const ExerciseAnswer&) const = default;
};

// One line of a worked solution. `formula` is symbolic (may be empty), `substituted` the same
// expression with the numbers put in, written with integers, + − · × / ( ) and ⌊ ⌋ only, so it
// can be evaluated; `value` is what it evaluates to (taken from the engine). `answerIndex` says
// which entry of the answer this step produces (-1: an intermediate or a comparison).
struct SolutionStep {
    enum class What {
        ChannelsOut, // the output channel count, D
        AxisSize, // one spatial output size (axis)
        ConvParams, // parameters of the convolution (layer); in FcVsConv the comparison
        DepthwiseParams,
        PointwiseParams,
        SeparableTotal,
        VanillaParams,
        Saving, // vanilla minus separable
        ReceptiveStart, // R0 = 1
        ReceptiveLayer, // R_k after layer (layer)
        FcInputs,
        FcOutputs,
        FcParams,
        Ratio, // FC / conv, in value (rounded), no expression
    };
    What what = What::AxisSize;
    int axis = -1; // AxisSize: the spatial axis
    int layer = -1; // ReceptiveLayer: 0-based layer index; ConvParams: the layer shown
    std::string formula;
    std::string substituted;
    std::int64_t value = 0;
    int answerIndex = -1;
};

struct Exercise {
    ExerciseKind kind = ExerciseKind::ConvParams;
    ExerciseLevel level = ExerciseLevel::Basic;
    ParamsVariant paramsVariant = ParamsVariant::Standard;
    // The setting: input (C, *spatial) and the layer(s) the question is about. For FcVsConv the
    // convolution; for DepthwiseSeparable the depth-wise + 1x1 pair.
    Network network;
    // FcVsConv: flatten + linear with the convolution's input and output sizes.
    // DepthwiseSeparable: the vanilla convolution it replaces.
    std::optional<Network> comparison;
    ExerciseAnswer answer;
    std::vector<SolutionStep> steps;
    // Lecture exercises: the label ("Exercise I (a)") and the wording, verbatim; empty otherwise.
    std::string lectureLabel;
    std::string lectureInstruction;
    std::string lectureText;
};

struct ExerciseSet {
    bool lecture = false;
    std::uint32_t seed = 0;
    std::vector<Exercise> exercises;
};

struct GenerateOptions {
    std::uint32_t seed = 1;
    int count = 10; // 1 .. kMaxExercisesPerSet
    std::vector<ExerciseKind> kinds; // empty: all kinds
    ExerciseLevel level = ExerciseLevel::Basic;
};
inline constexpr int kMaxExercisesPerSet = 200;

// An index in [0, n) from one draw: g() % n. Portable (mt19937 is fixed by the standard); the
// modulo bias is below n / 2^32, far below anything a student could notice. n must be >= 1.
[[nodiscard]] int uniformIndex(std::mt19937& g, int n);
// An integer in [low, high], as low + uniformIndex(g, high - low + 1).
[[nodiscard]] int uniformInt(std::mt19937& g, int low, int high);

// The lecture's seven exercises (Exercise I a-d, Exercise II a-c), in order, worded verbatim.
[[nodiscard]] ExerciseSet lectureSet();

// A reproducible set: the same options give the same exercises, on every platform. Kinds are
// used in turn (kind i % kinds.size()); each exercise's parameters come from one mt19937 seeded
// with the set's seed. Fails for a count outside [1, kMaxExercisesPerSet].
[[nodiscard]] Result<ExerciseSet> generateSet(const GenerateOptions&);

// One exercise of a kind from the generator. Every generated setting is valid for the engine.
[[nodiscard]] Exercise generateExercise(ExerciseKind, ExerciseLevel, std::mt19937& g);

// Builds the answer and the worked steps of an exercise whose kind, variant and networks are set,
// from the engine (summarize()). Fails with the engine's message for an impossible setting.
[[nodiscard]] Status solveExercise(Exercise&);

// Checking a typed answer.
enum class AnswerProblem {
    None,
    Empty, // nothing typed
    NotNumbers, // something other than whole numbers and separators
    WrongCount, // a shape with the wrong number of entries, or several numbers for one
};
struct ParsedAnswer {
    std::vector<std::int64_t> values;
    AnswerProblem problem = AnswerProblem::None;
};

// Reads a number ("3205", "3,205", "3 205", "3.205" or "3'205" with groups of three, "3205.0")
// or a shape ("(12, 9)", "12x9", "12 × 9", "[16, 11, 11]", "16,11,11", "16 11 11"). A number
// answer with thousands separators is one number; in a shape, commas separate entries.
[[nodiscard]] ParsedAnswer parseAnswerText(const std::string& text, bool shape);

enum class Verdict { Correct, Wrong, Unreadable };
struct CheckResult {
    Verdict verdict = Verdict::Unreadable;
    std::vector<std::int64_t> parsed; // the numbers read from the text
    AnswerProblem problem = AnswerProblem::None; // why it is unreadable (or a wrong entry count)
};
// Unreadable text (or a shape with the wrong number of entries) is not counted as wrong: the
// student is told what to type instead (checkMessage()).
[[nodiscard]] CheckResult checkAnswer(const Exercise&, const std::string& text);

// "Show me": the exercise's layer as a Playground scene (a grid, a signal or a photo crop of the
// input's spatial size; channels and output channels capped at the scene limits, which the title
// then says). Fails for settings the Playground cannot show (3-D layers, stacks, fully
// connected): those open in the Network view, as exercise.network.
[[nodiscard]] Result<Scene> exerciseScene(const Exercise&);

// ---- Text (exercise_text.cpp: every English string of this module) ----

[[nodiscard]] std::string kindName(ExerciseKind);
[[nodiscard]] std::string levelName(ExerciseLevel);
// "Exercise I (a)" for lecture exercises, "Exercise 3" (1-based) otherwise.
[[nodiscard]] std::string exerciseLabel(const Exercise&, int index);
// The instruction line ("Compute the output feature map shape (assume batch-size is 1)") and the
// question itself.
struct QuestionText {
    std::string instruction;
    std::string body;
};
[[nodiscard]] QuestionText questionText(const Exercise&);
// What a step computes, e.g. "height of the output", "receptive field after layer 2".
[[nodiscard]] std::string stepLabel(const Exercise&, const SolutionStep&);
// The answer as the student would write it: "3,205" or "(16, 11, 11)".
[[nodiscard]] std::string answerText(const ExerciseAnswer&);
// Thousands separated with commas: 50348032 -> "50,348,032".
[[nodiscard]] std::string groupedNumber(std::int64_t);
// Feedback on a checked answer: "Correct: 3,205." / "Not quite: ..." / what to type instead.
[[nodiscard]] std::string checkMessage(const Exercise&, const CheckResult&);
// The title of an exercise's "Show me" scene; mentions capped channel counts.
[[nodiscard]] std::string showMeTitle(const Exercise&, int shownInChannels, int shownOutChannels);
// The set's title: "Lecture" or "Generated set, seed 42".
[[nodiscard]] std::string setTitle(const ExerciseSet&);

} // namespace convscope

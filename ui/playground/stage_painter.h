#pragma once

// The Playground's stage — input with its padding ring and the sliding window, the kernel, the
// output filling in, the channels, and the arithmetic of the current step — painted by one
// function into any QPainter, so the canvas on screen and `convscope render` draw the same
// picture. The layout is a pure function too, so the canvas can map the pointer to a cell.

#include "playground_model.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace convscope::ui {

enum class StageTheme { Light, Dark };

// A cell of the stage the pointer can rest on.
struct StageCell {
    enum class Panel { Input, Output };
    Panel panel = Panel::Input;
    int channel = 0;
    Dims index { 0, 0, 0 }; // input coordinates (negative or past the end in the padding) or
                            // output coordinates
    bool operator==(const StageCell&) const = default;
};

struct StageOptions {
    StageTheme theme = StageTheme::Light;
    bool numbers = true; // values in the cells when they fit
    double zoom = 1.0; // magnification of the input panel (1: the input fits)
    QPointF pan; // offset of the input panel's picture, in stage pixels
    int outputChannel = 0; // the output channel the animation is on
    double presenterScale = 1.0; // multiplies every text size (presenter mode)
    QString problem; // when set: a banner over the last valid picture
    std::optional<StageCell> hover;
    bool operator==(const StageOptions&) const = default;
};

// One grid of cells on the stage: cell (row, col) of the plane — padded coordinates for the
// input — is the square of side `cell` at origin + (col·pitchX, row·pitchY).
struct StagePlane {
    StageCell::Panel panel = StageCell::Panel::Input;
    int channel = 0;
    QPointF origin;
    double cell = 1;
    double pitchX = 1;
    double pitchY = 1;
    int rows = 1;
    int cols = 1;
    int padRow = 0; // padding before the input, so that input row r is plane row r + padRow
    int padCol = 0;
    QRectF clip; // the panel it is drawn in

    [[nodiscard]] QRectF cellRect(int row, int col) const
    {
        return { origin.x() + col * pitchX, origin.y() + row * pitchY, cell, cell };
    }
};

struct StageLayout {
    QRectF header;
    QRectF picture;
    QRectF arithmetic;
    QRectF inputPanel;
    QRectF kernelPanel;
    QRectF outputPanel;
    QRectF channelsPanel; // empty when the layer has one input and one output channel
    std::vector<StagePlane> inputPlanes;
    std::optional<StagePlane> output;
    double fontScale = 1; // text sizes are multiplied by this
    bool oneDimensional = false;
    bool photo = false;
};

[[nodiscard]] StageLayout stageLayout(
    const QRectF& rect, const PlaygroundState& state, int step, const StageOptions& options);

// The input or output cell under a point, if any (input cells include the padding ring).
[[nodiscard]] std::optional<StageCell> stageCellAt(const StageLayout& layout, const QPointF& point);

// The value a cell shows: the input value (a padding cell: the value it copies, or the constant),
// or the output value (nullopt while the output is being computed).
[[nodiscard]] std::optional<double> stageCellValue(
    const PlaygroundState& state, const StageCell& cell);

// Paints the whole stage into `rect`. With a state that has no input yet, only the header, the
// placeholder and the problem banner.
void paintStage(QPainter& painter, const QRectF& rect, const PlaygroundState& state, int step,
    const StageOptions& options);

// The highlight colour of the window and the current output cell for a theme (tests look for it).
[[nodiscard]] QColor stageHighlightColor(StageTheme theme);

// The header's line: the scene's title, then the layer's parameters. The parameters change under
// the lecturer's hand, so they come first: the first of `parameterForms` (longest first: in
// words, then in the lecture's letters) that fits in `room` in `font`, else the last. When the
// whole line is wider than `room` the title gives way: its subject (the part before a colon),
// else the title shortened with "…" when at least `minTitle` is left for it, else nothing.
[[nodiscard]] QString stageHeaderLine(const QString& sceneTitle, const QStringList& parameterForms,
    double room, double minTitle, const QFont& font);

} // namespace convscope::ui

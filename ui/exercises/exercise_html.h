#pragma once

// Exercises as HTML for the Exercises view and the PDF worksheet: formulas with subscripts
// (C_in -> C<sub>in</sub>), the multiplication dot, the floor brackets and the result in bold.

#include "exercises.h"

#include <QString>

namespace convscope::ui {

// Plain text escaped for HTML, with "x_{ab}" and "x_ab" written as subscripts.
[[nodiscard]] QString formulaHtml(const std::string& formula);
// The exercise's question: label, kind, instruction and body. `large` for the screen.
[[nodiscard]] QString questionHtml(const Exercise&, int index, bool large);
// The worked solution as a table of steps (what · formula · numbers = value) and the answer.
[[nodiscard]] QString solutionHtml(const Exercise&);
// A whole set as a worksheet: the questions with room to write, then (after a page break) the
// answer key with worked solutions.
[[nodiscard]] QString worksheetHtml(const ExerciseSet&);

} // namespace convscope::ui

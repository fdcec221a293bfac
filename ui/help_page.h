#pragma once

// The F1 help page: what each view shows, the formulas behind its numbers, every keyboard
// shortcut and what the mouse does. Written by hand (a test checks that every shortcut the window
// has is on it, with the key as the menus spell it).

#include <QString>

class QWidget;

namespace convscope::ui {

// The page as HTML; keys are in <b> (several keys in one cell separated by " / " or ", ").
[[nodiscard]] QString helpPageHtml();

// Shows the page in a window of its own (one at a time; F1 again brings it to the front).
void showHelpPage(QWidget *parent);

} // namespace convscope::ui

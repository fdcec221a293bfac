#pragma once

// The Playground's drawing tools as a tool bar (and the same actions for the Edit menu): pan,
// "Use region as kernel", brush and eraser, with the brush's value, colour and size and the
// region's options. It only sets the canvas's tool and settings.

#include <QList>
#include <QToolBar>

class QAction;
class QToolButton;

namespace convscope::ui {

class PlaygroundCanvas;

class PatternToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit PatternToolBar(PlaygroundCanvas* canvas, QWidget* parent = nullptr);

    // The tool actions (checkable, exclusive) and the region options, for the Edit menu.
    [[nodiscard]] QList<QAction*> menuActions() const { return m_menuActions; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateColourButton();

    PlaygroundCanvas* m_canvas;
    QToolButton* m_colourButton = nullptr;
    QList<QAction*> m_menuActions;
};

} // namespace convscope::ui

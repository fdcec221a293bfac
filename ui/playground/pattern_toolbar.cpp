#include "pattern_toolbar.h"

#include "playground_canvas.h"

#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QSpinBox>
#include <QToolButton>

namespace convscope::ui {

PatternToolBar::PatternToolBar(PlaygroundCanvas* canvas, QWidget* parent)
    : QToolBar(tr("Drawing tools"), parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("patternToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* group = new QActionGroup(this);
    struct Item {
        QString text;
        QString key;
        QString tip;
        PlaygroundCanvas::Tool tool;
    };
    const Item items[] = {
        { tr("&Pan"), tr("H"), tr("Drag to move the zoomed input (Shift+drag on a photo: crop)"), PlaygroundCanvas::Tool::Pan },
        { tr("Use region as &kernel"), tr("K"),
            tr("Drag a rectangle on the input (also Ctrl+drag with any tool): it becomes the kernel, per channel with its "
               "mean removed, and the response map shows where the pattern recurs — the inner product as similarity"),
            PlaygroundCanvas::Tool::Region },
        { tr("&Brush"), tr("B"), tr("Paint grid cells with the brush value, or the photo with the brush colour; every output updates at once"),
            PlaygroundCanvas::Tool::Brush },
        { tr("E&raser"), tr("E"), tr("Set grid cells to 0, or photo pixels to black"), PlaygroundCanvas::Tool::Eraser },
    };
    for (const Item& item : items) {
        QAction* a = addAction(item.text);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(item.key));
        a->setToolTip(tr("%1 (%2)").arg(QString(item.text).remove(QLatin1Char('&')), item.key));
        a->setStatusTip(item.tip);
        a->setChecked(item.tool == canvas->tool());
        group->addAction(a);
        const PlaygroundCanvas::Tool tool = item.tool;
        connect(a, &QAction::triggered, canvas, [canvas, tool] { canvas->setTool(tool); });
        connect(canvas, &PlaygroundCanvas::toolChanged, a, [a, tool](PlaygroundCanvas::Tool now) { a->setChecked(now == tool); });
        m_menuActions << a;
    }
    addSeparator();

    QAction* normalise = addAction(tr("Unit norm"));
    normalise->setCheckable(true);
    normalise->setChecked(canvas->regionNormalise());
    normalise->setToolTip(tr("Use region as kernel: scale the mean-removed patch to unit L2 norm, ‖k‖ = 1"));
    connect(normalise, &QAction::toggled, canvas, &PlaygroundCanvas::setRegionNormalise);
    QAction* allOutputs = addAction(tr("All outputs"));
    allOutputs->setCheckable(true);
    allOutputs->setChecked(canvas->regionAllOutputs());
    allOutputs->setToolTip(tr("Use region as kernel: for every output channel (off: only the animated one)"));
    connect(allOutputs, &QAction::toggled, canvas, &PlaygroundCanvas::setRegionAllOutputs);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator << normalise << allOutputs;
    addSeparator();

    addWidget(new QLabel(tr("Value "), this));
    auto* value = new QDoubleSpinBox(this);
    value->setRange(-999.0, 999.0);
    value->setDecimals(2);
    value->setValue(canvas->brushValue());
    value->setToolTip(tr("The number the brush writes into grid cells"));
    connect(value, &QDoubleSpinBox::valueChanged, canvas, &PlaygroundCanvas::setBrushValue);
    addWidget(value);
    m_colourButton = new QToolButton(this);
    m_colourButton->setToolTip(tr("The colour the brush paints on photos"));
    connect(m_colourButton, &QToolButton::clicked, this, [this] {
        const QColor colour = QColorDialog::getColor(m_canvas->brushColour(), this, tr("Brush colour"));
        if (colour.isValid()) {
            m_canvas->setBrushColour(colour);
            updateColourButton();
        }
    });
    updateColourButton();
    addWidget(m_colourButton);
    addWidget(new QLabel(tr(" Size "), this));
    auto* size = new QSpinBox(this);
    size->setRange(1, 129);
    size->setSingleStep(2);
    size->setValue(2 * canvas->brushRadius() + 1);
    size->setSuffix(tr(" px"));
    size->setToolTip(tr("The brush's diameter in cells or pixels"));
    connect(size, &QSpinBox::valueChanged, canvas, [canvas](int d) { canvas->setBrushRadius(d / 2); });
    addWidget(size);
    // Shown with the Playground only: the tools draw on its canvas.
    canvas->installEventFilter(this);
}

bool PatternToolBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        setVisible(event->type() == QEvent::Show);
    return QToolBar::eventFilter(watched, event);
}

void PatternToolBar::updateColourButton()
{
    QPixmap swatch(16, 16);
    swatch.fill(m_canvas->brushColour());
    m_colourButton->setIcon(QIcon(swatch));
}

} // namespace convscope::ui

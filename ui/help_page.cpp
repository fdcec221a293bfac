#include "help_page.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

// The translation context of the page's strings.
struct HelpPage {
    Q_DECLARE_TR_FUNCTIONS(HelpPage)
};

// Keys written portably ("Ctrl+PgDown / Ctrl+PgUp") as the menus of the current language spell
// them ("Strg+Bild ab" in German); a part that is not a key ("Ctrl+drag") stays as written.
QString nativeKeys(const QString &keys)
{
    static const QRegularExpression separators(QStringLiteral("( / |, )"));
    QString out;
    qsizetype from = 0;
    const auto convert = [](const QString &part) {
        const QKeySequence seq = QKeySequence::fromString(part, QKeySequence::PortableText);
        if (seq.count() == 1 && seq.toString(QKeySequence::PortableText) == part)
            return seq.toString(QKeySequence::NativeText);
        return part;
    };
    for (auto it = separators.globalMatch(keys); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += convert(keys.mid(from, m.capturedStart() - from)) + m.captured();
        from = m.capturedEnd();
    }
    return out + convert(keys.mid(from));
}

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>").arg(nativeKeys(keys).toHtmlEscaped(), what);
}

// `math` is HTML (subscripts as <sub>), set like the worked solutions' formulas.
QString formula(const QString &what, const QString &math)
{
    return QStringLiteral("<tr><td style='padding-right:18px'>%1</td><td style='font-family:\"DejaVu Serif\",serif'>%2</td></tr>").arg(what, math);
}

// A standard key as this platform binds it ("" when it has none): the first binding, the one
// QAction::setShortcut(StandardKey) takes.
QString standardKeys(QKeySequence::StandardKey key) { return QKeySequence(key).toString(QKeySequence::NativeText); }

QString section(const QString &title) { return QStringLiteral("<tr><td colspan='2'><br><i>%1</i></td></tr>").arg(title); }

} // namespace

QString helpPageHtml()
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(HelpPage::tr("ConvScope help"));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(HelpPage::tr("The views"));
    html += QStringLiteral("<li>%1</li>").arg(HelpPage::tr("<b>Playground</b>: one layer, animated. The input with its padding ring, "
                                                           "the sliding window with its dilated taps, the kernel per input channel and the "
                                                           "output filling in cell by cell; below it the inner product of the current step, "
                                                           "the output size, the parameter count and the receptive field with the numbers "
                                                           "substituted; on the right the layer's output on the whole image."));
    html += QStringLiteral("<li>%1</li>").arg(HelpPage::tr("<b>Network</b>: a stack of layers on the photo: a torchinfo-style summary "
                                                           "(output shape, parameters, MACs, receptive field r, effective stride S and "
                                                           "padding P), every layer's feature maps, and a clicked cell's receptive field "
                                                           "drawn on the image."));
    html += QStringLiteral("<li>%1</li>").arg(HelpPage::tr("<b>Exercises</b>: the lecture's exercises and seeded sets of every kind, "
                                                           "checked, with a worked solution; “Show me” opens the setting in the Playground "
                                                           "or the Network view."));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(HelpPage::tr("Formulas (as PyTorch computes them)"));
    html += formula(HelpPage::tr("Output size per dimension (input M, kernel k, padding p, stride s, dilation d)"),
        QStringLiteral("floor((M + 2p − d·(k − 1) − 1) / s) + 1"));
    html += formula(HelpPage::tr("Pooling with ceil mode"), QStringLiteral("ceil((M + 2p − d·(k − 1) − 1) / s) + 1"));
    html += formula(HelpPage::tr("Padding “same” (stride 1): total padding"), QStringLiteral("d·(k − 1)"));
    html += formula(HelpPage::tr("One output value (C input channels, bias b, activation f)"), QStringLiteral("y = f(Σ<sub>c</sub> Σ<sub>i</sub> u<sub>c,i</sub>·x<sub>c,i</sub> + b)"));
    html += formula(HelpPage::tr("Parameters of a convolution (C in, D out, groups g)"), QStringLiteral("k₁·k₂·(C/g)·D + D"));
    html += formula(HelpPage::tr("Depth-wise separable vs vanilla"), QStringLiteral("k₁·k₂·C + C·D &nbsp; vs &nbsp; k₁·k₂·C·D"));
    html += formula(HelpPage::tr("Fully connected from H×W×C to N outputs"), QStringLiteral("H·W·C·N + N"));
    html += formula(HelpPage::tr("Receptive field of layer l (r₀ = 1, S₀ = 1)"), QStringLiteral("r<sub>l</sub> = r<sub>l−1</sub> + d<sub>l</sub>·(k<sub>l</sub> − 1)·S<sub>l−1</sub>, &nbsp; S<sub>l</sub> = S<sub>l−1</sub>·s<sub>l</sub>"));
    html += formula(HelpPage::tr("Multiply-accumulates of a convolution"), QStringLiteral("(output cells)·D·k₁·k₂·C/g"));
    html += formula(HelpPage::tr("True convolution"), HelpPage::tr("the kernel rotated by 180° before the inner products").toHtmlEscaped());
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(HelpPage::tr("Keyboard"));
    html += section(HelpPage::tr("Animation (Playground)"));
    html += row(QStringLiteral("Space"), HelpPage::tr("play / pause"));
    html += row(QStringLiteral("Right, PgDown"), HelpPage::tr("step forward (a presentation clicker's “next”)"));
    html += row(QStringLiteral("Left, PgUp"), HelpPage::tr("step back"));
    html += row(QStringLiteral("Home / End"), HelpPage::tr("first / last step"));
    html += row(QStringLiteral("+, = / -"), HelpPage::tr("faster / slower"));
    html += row(QStringLiteral("L"), HelpPage::tr("loop on / off"));
    html += section(HelpPage::tr("Drawing tools (Playground)"));
    html += row(QStringLiteral("H"), HelpPage::tr("pan the zoomed input"));
    html += row(QStringLiteral("K"), HelpPage::tr("use a dragged region as the kernel (also Ctrl+drag with any tool)"));
    html += row(QStringLiteral("B / E"), HelpPage::tr("brush / eraser on the grid or the photo"));
    html += section(HelpPage::tr("Files"));
    html += row(standardKeys(QKeySequence::New), HelpPage::tr("a new scene: start again from the default one"));
    html += row(standardKeys(QKeySequence::Open), HelpPage::tr("open a scene, lecture, network or image"));
    html += row(QStringLiteral("Ctrl+I"), HelpPage::tr("open an image as the input"));
    html += row(standardKeys(QKeySequence::Save) + QStringLiteral(" / ") + standardKeys(QKeySequence::SaveAs),
        HelpPage::tr("save the scene / save as (painted pixels are saved beside it)"));
    html += row(QStringLiteral("Ctrl+E"), HelpPage::tr("export the animation as GIF or MP4"));
    if (const QString quit = standardKeys(QKeySequence::Quit); !quit.isEmpty()) // none on some platforms
        html += row(quit, HelpPage::tr("quit"));
    html += section(HelpPage::tr("Edit"));
    const QString redo = standardKeys(QKeySequence::Redo);
    html += row(standardKeys(QKeySequence::Undo) + QStringLiteral(" / Ctrl+Shift+Z")
            + (redo.isEmpty() || redo == QLatin1String("Ctrl+Shift+Z") ? QString() : QStringLiteral(", ") + redo),
        HelpPage::tr("undo / redo"));
    html += row(QStringLiteral("Ctrl+Shift+C"), HelpPage::tr("copy the network (or the Playground's layer) as PyTorch code"));
    html += section(HelpPage::tr("View"));
    html += row(QStringLiteral("Ctrl+1 / Ctrl+2 / Ctrl+3"), HelpPage::tr("Playground / Network / Exercises"));
    html += row(QStringLiteral("N"), HelpPage::tr("numbers in cells on / off"));
    html += row(QStringLiteral("Ctrl+Shift+D"), HelpPage::tr("dark theme (high contrast) on / off"));
    html += row(QStringLiteral("F5 / Esc"), HelpPage::tr("presenter mode on / off"));
    html += row(QStringLiteral("Ctrl+PgDown / Ctrl+PgUp"), HelpPage::tr("next / previous scene of a lecture"));
    html += row(standardKeys(QKeySequence::HelpContents), HelpPage::tr("this page"));
    html += section(HelpPage::tr("Network view (layer list)"));
    html += row(standardKeys(QKeySequence::Delete) + QStringLiteral(", Ctrl+D"), HelpPage::tr("remove, duplicate the selected layer"));
    html += row(QStringLiteral("Alt+Up / Alt+Down"), HelpPage::tr("move the selected layer up / down"));
    html += section(HelpPage::tr("Exercises"));
    html += row(QStringLiteral("Enter"), HelpPage::tr("check the answer"));
    html += row(QStringLiteral("Alt+Left / Alt+Right"), HelpPage::tr("previous / next exercise"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(HelpPage::tr("Mouse"));
    html += row(HelpPage::tr("wheel, drag"), HelpPage::tr("zoom and pan the input"));
    html += row(HelpPage::tr("Shift+drag"), HelpPage::tr("crop the photo to a rectangle"));
    html += row(HelpPage::tr("Ctrl+drag"), HelpPage::tr("use the rectangle as the kernel"));
    html += row(HelpPage::tr("click a cell"), HelpPage::tr("jump to the step that writes (output) or reads (input) it"));
    html += row(HelpPage::tr("hover"), HelpPage::tr("a control's tooltip gives its formula; a cell shows its value"));
    html += QStringLiteral("</table>");
    return html;
}

void showHelpPage(QWidget *parent)
{
    static QPointer<QDialog> open;
    if (!open) {
        auto *dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("helpPage"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(HelpPage::tr("ConvScope help"));
        auto *layout = new QVBoxLayout(dialog);
        auto *text = new QTextBrowser(dialog);
        text->setOpenExternalLinks(true);
        text->setHtml(helpPageHtml());
        text->zoomIn(2); // read on a projector too
        layout->addWidget(text);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(820, 760);
        open = dialog;
    }
    open->show();
    open->raise();
    open->activateWindow();
}

} // namespace convscope::ui

#include "exercise_html.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace convscope::ui {

namespace {

// The context of this file's strings in translations/*.ts.
struct ExerciseHtml {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::ExerciseHtml)
};

QString text(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

// The value a step shows: grouped thousands ("50,348,032").
QString valueHtml(std::int64_t v)
{
    return QString::fromStdString(groupedNumber(v));
}

} // namespace

QString formulaHtml(const std::string& formula)
{
    QString html = text(formula);
    static const QRegularExpression braced(QStringLiteral("([A-Za-z])_\\{([^}]*)\\}"));
    static const QRegularExpression plain(QStringLiteral("([A-Za-z])_([A-Za-z0-9]+)"));
    html.replace(braced, QStringLiteral("\\1<sub>\\2</sub>"));
    html.replace(plain, QStringLiteral("\\1<sub>\\2</sub>"));
    return html;
}

QString questionHtml(const Exercise& ex, int index, bool large)
{
    const QuestionText q = questionText(ex);
    const QString label = text(exerciseLabel(ex, index));
    const QString kind = text(kindName(ex.kind));
    if (!large)
        return QStringLiteral("<p><b>%1</b> <span style='color:#555'>(%2)</span><br/>%3<br/>%4</p>")
            .arg(label, kind, text(q.instruction), text(q.body));
    return QStringLiteral("<p style='font-size:large'><b>%1</b> &middot; "
                          "<span style='color:#555'>%2</span></p>"
                          "<p style='font-size:large'>%3</p>"
                          "<p style='font-size:xx-large'>%4</p>")
        .arg(label, kind, text(q.instruction), text(q.body));
}

QString solutionHtml(const Exercise& ex)
{
    // One step per block, read top-down: what it computes, the formula, the numbers put in.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='8' width='100%'>");
    int row = 0;
    for (const SolutionStep& step : ex.steps) {
        const QString background
            = row++ % 2 ? QStringLiteral("#ffffff") : QStringLiteral("#eef3fa");
        QString numbers = formulaHtml(step.substituted);
        if (step.what == SolutionStep::What::Ratio)
            numbers += QStringLiteral(" &asymp; <b>%1</b>").arg(valueHtml(step.value));
        else if (step.substituted != std::to_string(step.value))
            numbers += QStringLiteral(" = <b>%1</b>").arg(valueHtml(step.value));
        else
            numbers = QStringLiteral("<b>%1</b>").arg(valueHtml(step.value));
        const QString check = step.answerIndex >= 0
            ? QStringLiteral(" <span style='color:#17702a'>&#x2713;</span>")
            : QString();
        html += QStringLiteral("<tr><td style='background:%1'>"
                               "<span style='color:#444'>%2</span><br/>"
                               "<span style='font-family:\"DejaVu Serif\",serif; font-size:large; color:#1a4d8f'>"
                               "%3</span><br/>"
                               "<span style='font-family:\"DejaVu Serif\",serif; font-size:large'>%4</span>%5"
                               "</td></tr>")
                    .arg(background, formulaHtml(stepLabel(ex, step)), formulaHtml(step.formula),
                        numbers, check);
    }
    html += QStringLiteral("</table><p style='font-size:large'>%1</p>")
                .arg(ExerciseHtml::tr("Answer: <b>%1</b>").arg(text(answerText(ex.answer))));
    return html;
}

QString worksheetHtml(const ExerciseSet& set)
{
    const QString title = text(setTitle(set));
    QString html = QStringLiteral("<h1>%1</h1><p>%2 &middot; %3</p>")
                       .arg(ExerciseHtml::tr("ConvScope exercises"), title,
                           set.exercises.size() == 1 ? ExerciseHtml::tr("1 exercise")
                                                     : ExerciseHtml::tr("%1 exercises").arg(set.exercises.size()));
    for (std::size_t i = 0; i < set.exercises.size(); ++i) {
        const Exercise& ex = set.exercises[i];
        html += questionHtml(ex, static_cast<int>(i), false);
        html += QStringLiteral("<p>%1 ______________________________</p><br/>").arg(ExerciseHtml::tr("Answer:"));
    }
    html += QStringLiteral("<h1 style='page-break-before: always'>%1</h1><p>%2</p>")
                .arg(ExerciseHtml::tr("Answer key"), title);
    for (std::size_t i = 0; i < set.exercises.size(); ++i) {
        const Exercise& ex = set.exercises[i];
        html += QStringLiteral("<h3>%1 &middot; %2</h3><p>%3</p>")
                    .arg(text(exerciseLabel(ex, static_cast<int>(i))), text(kindName(ex.kind)),
                        text(questionText(ex).body));
        html += solutionHtml(ex);
    }
    return html;
}

} // namespace convscope::ui

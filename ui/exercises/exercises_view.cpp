#include "exercises_view.h"

#include "exercise_html.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QFont scaled(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

ExercisesView::ExercisesView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exercisesView"));
    setMinimumWidth(380);
    buildUi();
    useLectureSet();
}

void ExercisesView::buildUi()
{
    // One centred column: lines of large type stay short enough to read on a wide screen.
    auto* outer = new QHBoxLayout(this);
    auto* column = new QWidget(this);
    column->setMaximumWidth(1100);
    column->setFont(scaled(font(), 1.25)); // readable from the back of a lecture hall
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    // The set: the lecture's, or a generated one.
    auto* top = new QHBoxLayout;
    m_setChoice = new QComboBox(this);
    m_setChoice->setObjectName(QStringLiteral("setChoice"));
    m_setChoice->addItem(tr("Lecture: Exercise I and II"));
    m_setChoice->addItem(tr("Generated set"));
    m_setChoice->setToolTip(tr("The lecture's own exercises, or a generated set: the same seed "
                               "gives every student the same exercises"));
    top->addWidget(m_setChoice, 1);
    auto* exportButton = new QPushButton(tr("Export PDF…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("The set as a worksheet: the questions, then the answer key with "
                                "worked solutions"));
    top->addWidget(exportButton);
    layout->addLayout(top);

    // Generator options (a grid, not a QFormLayout: rows are hidden with the set choice).
    m_generatorBox = new QWidget(this);
    auto* grid = new QGridLayout(m_generatorBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Seed"), m_generatorBox), 0, 0);
    m_seed = new QSpinBox(m_generatorBox);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Hand out a seed and every student gets the same exercises"));
    grid->addWidget(m_seed, 0, 1);
    grid->addWidget(new QLabel(tr("Exercises"), m_generatorBox), 0, 2);
    m_count = new QSpinBox(m_generatorBox);
    m_count->setRange(1, 50);
    m_count->setValue(10);
    grid->addWidget(m_count, 0, 3);
    grid->addWidget(new QLabel(tr("Level"), m_generatorBox), 0, 4);
    m_level = new QComboBox(m_generatorBox);
    m_level->addItem(tr("Basic"));
    m_level->addItem(tr("Advanced"));
    m_level->setToolTip(tr("Advanced adds groups, depth-wise separable convolutions, dilation, "
                           "3-d layers and padded pooling"));
    grid->addWidget(m_level, 0, 5);
    for (int k = 0; k < kExerciseKindCount; ++k) {
        auto* box = new QCheckBox(qs(kindName(static_cast<ExerciseKind>(k))), m_generatorBox);
        box->setChecked(true);
        m_kinds << box;
        grid->addWidget(box, 1 + k / 3, (k % 3) * 2, 1, 2);
        connect(box, &QCheckBox::toggled, this, &ExercisesView::settingsChanged);
    }
    grid->setColumnStretch(6, 1);
    layout->addWidget(m_generatorBox);

    // Progress: how many are right, one mark per exercise.
    auto* status = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("score"));
    status->addWidget(m_score, 1);
    auto* resetButton = new QPushButton(tr("Reset"), this);
    resetButton->setToolTip(tr("Forget which exercises of this set were answered correctly"));
    status->addWidget(resetButton);
    layout->addLayout(status);

    // The exercise, the answer and the solution scroll together.
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    m_position = new QLabel(page);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setWordWrap(true);
    pageLayout->addWidget(m_position);
    m_question = new QLabel(page);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageLayout->addWidget(m_question);

    auto* answerRow = new QHBoxLayout;
    m_answer = new QLineEdit(page);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setFont(scaled(column->font(), 1.6));
    m_answer->setClearButtonEnabled(true);
    answerRow->addWidget(m_answer, 1);
    m_check = new QPushButton(tr("Check"), page);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setFont(scaled(column->font(), 1.3));
    m_check->setToolTip(tr("Check the answer (Enter)"));
    answerRow->addWidget(m_check);
    pageLayout->addLayout(answerRow);

    m_feedback = new QLabel(page);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setFont(scaled(column->font(), 1.3));
    pageLayout->addWidget(m_feedback);

    auto* actions = new QHBoxLayout;
    m_solutionButton = new QPushButton(tr("Show solution"), page);
    m_solutionButton->setObjectName(QStringLiteral("solutionButton"));
    m_solutionButton->setCheckable(true);
    m_solutionButton->setToolTip(tr("Each step with its formula and the numbers put in"));
    m_showMe = new QPushButton(tr("Show me"), page);
    m_showMe->setObjectName(QStringLiteral("showMeButton"));
    actions->addWidget(m_solutionButton);
    actions->addWidget(m_showMe);
    actions->addStretch(1);
    pageLayout->addLayout(actions);
    // A second short row, so the dock can be narrow.
    auto* navigation = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Previous"), page);
    m_previous->setToolTip(tr("Previous exercise (Alt+Left)"));
    m_next = new QPushButton(tr("Next ▶"), page);
    m_next->setToolTip(tr("Next exercise (Alt+Right)"));
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    pageLayout->addLayout(navigation);

    m_solution = new QLabel(page);
    m_solution->setObjectName(QStringLiteral("solution"));
    m_solution->setWordWrap(true);
    m_solution->setTextFormat(Qt::RichText);
    m_solution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_solution->setFont(scaled(column->font(), 1.3));
    m_solution->setVisible(false);
    pageLayout->addWidget(m_solution);
    pageLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    connect(m_setChoice, &QComboBox::currentIndexChanged, this, &ExercisesView::settingsChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &ExercisesView::settingsChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &ExercisesView::settingsChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ExercisesView::settingsChanged);
    connect(m_answer, &QLineEdit::returnPressed, this, [this] { checkAnswer(); });
    connect(m_check, &QPushButton::clicked, this, [this] { checkAnswer(); });
    connect(m_solutionButton, &QPushButton::toggled, this, &ExercisesView::setSolutionVisible);
    connect(m_showMe, &QPushButton::clicked, this, &ExercisesView::showMe);
    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentIndex(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentIndex(m_index + 1); });
    connect(exportButton, &QPushButton::clicked, this, &ExercisesView::exportDialog);
    connect(resetButton, &QPushButton::clicked, this, [this] {
        m_progress.reset();
        updateProgress();
    });
    auto* back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { setCurrentIndex(m_index - 1); });
    auto* forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, this, [this] { setCurrentIndex(m_index + 1); });
}

const Exercise& ExercisesView::currentExercise() const
{
    return m_set.exercises[static_cast<std::size_t>(m_index)];
}

GenerateOptions ExercisesView::optionsFromControls() const
{
    GenerateOptions o;
    o.seed = static_cast<std::uint32_t>(m_seed->value());
    o.count = m_count->value();
    o.level = m_level->currentIndex() == 1 ? ExerciseLevel::Advanced : ExerciseLevel::Basic;
    for (int k = 0; k < m_kinds.size(); ++k)
        if (m_kinds[k]->isChecked())
            o.kinds.push_back(static_cast<ExerciseKind>(k));
    if (static_cast<int>(o.kinds.size()) == kExerciseKindCount)
        o.kinds.clear(); // all kinds
    return o;
}

void ExercisesView::settingsChanged()
{
    if (m_updating)
        return;
    if (m_setChoice->currentIndex() == 0) {
        useLectureSet();
        return;
    }
    // At least one kind stays checked.
    bool any = false;
    for (QCheckBox* box : m_kinds)
        any = any || box->isChecked();
    if (!any) {
        if (auto* box = qobject_cast<QCheckBox*>(sender())) {
            const QSignalBlocker block(box);
            box->setChecked(true);
        }
    }
    useGeneratedSet(optionsFromControls());
}

void ExercisesView::useLectureSet()
{
    {
        const QSignalBlocker block(m_setChoice);
        m_setChoice->setCurrentIndex(0);
    }
    m_generatorBox->setVisible(false);
    setSet(lectureSet(), {});
}

bool ExercisesView::useGeneratedSet(const GenerateOptions& options)
{
    auto set = generateSet(options);
    if (!set)
        return false;
    m_updating = true;
    m_setChoice->setCurrentIndex(1);
    m_seed->setValue(static_cast<int>(options.seed));
    m_count->setValue(options.count);
    m_level->setCurrentIndex(options.level == ExerciseLevel::Advanced ? 1 : 0);
    for (int k = 0; k < m_kinds.size(); ++k)
        m_kinds[k]->setChecked(options.kinds.empty()
            || std::find(options.kinds.begin(), options.kinds.end(), static_cast<ExerciseKind>(k))
                != options.kinds.end());
    m_updating = false;
    m_generatorBox->setVisible(true);
    setSet(std::move(*set), options);
    return true;
}

void ExercisesView::setSet(ExerciseSet set, const GenerateOptions& options)
{
    m_set = std::move(set);
    m_options = options;
    m_progress.load(setKey(m_set, m_options), static_cast<int>(m_set.exercises.size()));
    m_index = -1;
    setCurrentIndex(0);
}

void ExercisesView::setCurrentIndex(int index)
{
    const int count = static_cast<int>(m_set.exercises.size());
    index = std::clamp(index, 0, std::max(0, count - 1));
    if (index == m_index)
        return;
    m_index = index;
    updateExercise();
}

void ExercisesView::updateExercise()
{
    const Exercise& ex = currentExercise();
    m_question->setText(questionHtml(ex, m_index, true));
    m_answer->clear();
    m_answer->setPlaceholderText(ex.answer.isShape
            ? (ex.network.inputSize.size() == 1 ? tr("the shape (c, t), e.g. (8, 10)")
                    : ex.network.inputSize.size() == 2
                    ? tr("the shape (c, h, w), e.g. (8, 10, 10)")
                    : tr("the shape (c, d, h, w), e.g. (8, 4, 10, 10)"))
            : tr("a number, e.g. 1234 or 1,234"));
    m_feedback->clear();
    m_feedback->setStyleSheet(QString());
    m_solution->setText(solutionHtml(ex));
    m_solutionOffered = false;
    m_solutionButton->setStyleSheet(QString());
    setSolutionVisible(false);
    const bool scene = exerciseScene(ex).ok();
    m_showMe->setEnabled(scene || m_networkAvailable);
    m_showMe->setText(scene ? tr("Show me in the Playground") : tr("Show me in the Network view"));
    m_showMe->setToolTip(scene
            ? tr("Open this layer on a grid of the input's size in the Playground")
            : m_networkAvailable
            ? tr("Open this setting in the Network view")
            : tr("This setting (a stack or a 3-d layer) needs the Network view"));
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < static_cast<int>(m_set.exercises.size()));
    updateProgress();
    m_scroll->verticalScrollBar()->setValue(0);
}

void ExercisesView::updateProgress()
{
    const int count = static_cast<int>(m_set.exercises.size());
    m_position->setText(tr("%1 of %2 · %3").arg(m_index + 1).arg(count).arg(qs(setTitle(m_set))));
    QString marks;
    for (int i = 0; i < count; ++i)
        marks += m_progress.isCorrect(i) ? QStringLiteral("●") : QStringLiteral("○");
    m_score->setText(
        tr("%1 of %2 correct  %3").arg(m_progress.correctCount()).arg(count).arg(marks));
    m_score->setToolTip(tr("Kept while the app runs and remembered for this set"));
}

Verdict ExercisesView::checkAnswer()
{
    const Exercise& ex = currentExercise();
    const CheckResult result = convscope::checkAnswer(ex, m_answer->text().toStdString());
    m_feedback->setText(qs(checkMessage(ex, result)));
    switch (result.verdict) {
    case Verdict::Correct:
        m_feedback->setStyleSheet(QStringLiteral("color: #17702a; font-weight: bold"));
        m_progress.record(m_index, true);
        break;
    case Verdict::Wrong:
        m_feedback->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
        m_progress.record(m_index, false);
        // Offer the solution: the button stands out.
        m_solutionOffered = true;
        m_solutionButton->setStyleSheet(QStringLiteral("font-weight: bold; color: #1a4d8f"));
        break;
    case Verdict::Unreadable:
        m_feedback->setStyleSheet(QStringLiteral("color: #8a5a00"));
        break;
    }
    updateProgress();
    return result.verdict;
}

QString ExercisesView::feedback() const
{
    return m_feedback->text();
}

void ExercisesView::setSolutionVisible(bool visible)
{
    {
        const QSignalBlocker block(m_solutionButton);
        m_solutionButton->setChecked(visible);
    }
    m_solutionButton->setText(visible ? tr("Hide solution") : tr("Show solution"));
    m_solution->setVisible(visible);
    if (visible) // scroll down to the solution (vertically only: the page never scrolls sideways)
        QTimer::singleShot(0, this, [this] {
            m_scroll->verticalScrollBar()->setValue(
                std::max(0, m_solution->y() - m_scroll->viewport()->height() / 3));
        });
}

bool ExercisesView::isSolutionVisible() const
{
    return m_solution->isVisibleTo(this);
}

void ExercisesView::showMe()
{
    const Exercise& ex = currentExercise();
    auto scene = exerciseScene(ex);
    if (scene) {
        emit showInPlayground(*scene);
        return;
    }
    if (m_networkAvailable) {
        Network network = ex.network;
        network.name = exerciseLabel(ex, m_index) + ": " + kindName(ex.kind);
        emit showInNetwork(network);
    }
}

void ExercisesView::setNetworkViewAvailable(bool available)
{
    m_networkAvailable = available;
    if (!m_set.exercises.empty())
        updateExercise();
}

bool ExercisesView::exportWorksheet(const QString& path, QString* error) const
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(qs(setTitle(m_set)));
        writer.setCreator(QStringLiteral("ConvScope"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        // Lay the text out in the writer's pixels, so point sizes and the page width are the
        // page's (else the document keeps the screen's 96 dpi and fills a third of the page).
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        document.setHtml(worksheetHtml(m_set));
        document.print(&writer);
    }
    if (!file.commit())
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void ExercisesView::exportDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_set.lecture ? QStringLiteral("exercises-lecture.pdf")
                                       : QStringLiteral("exercises-seed-%1.pdf").arg(m_set.seed);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export worksheet"), QDir(dir).filePath(name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportWorksheet(path, &error))
        QMessageBox::warning(this, tr("Export worksheet"), error);
}

} // namespace convscope::ui

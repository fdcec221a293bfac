#pragma once

// The Exercises mode: a set (the lecture's, or a generated one by seed, kinds and level), one
// exercise at a time in large type, an answer field (Enter checks), feedback, the worked solution,
// "Show me" (the same setting in the Playground or the Network view), progress for the session
// (remembered per set), and the set as a PDF worksheet with an answer key.

#include "exercise_progress.h"
#include "exercises.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QWidget;

namespace convscope::ui {

class ExercisesView : public QWidget {
    Q_OBJECT
public:
    explicit ExercisesView(QWidget* parent = nullptr);

    [[nodiscard]] const ExerciseSet& exerciseSet() const { return m_set; }
    [[nodiscard]] int currentIndex() const { return m_index; }
    [[nodiscard]] const Exercise& currentExercise() const;
    [[nodiscard]] const ExerciseProgress& progress() const { return m_progress; }

    void useLectureSet();
    // Fails (and keeps the current set) for options the generator refuses.
    bool useGeneratedSet(const GenerateOptions& options);
    void setCurrentIndex(int index);

    // Checks the answer field against the current exercise; shows and returns the verdict.
    Verdict checkAnswer();
    [[nodiscard]] QString feedback() const;
    void setSolutionVisible(bool visible);
    [[nodiscard]] bool isSolutionVisible() const;
    // Whether the solution button is offered prominently (after a wrong answer).
    [[nodiscard]] bool isSolutionOffered() const { return m_solutionOffered; }

    // Emits showInPlayground or, for settings the Playground cannot show, showInNetwork.
    void showMe();
    // Whether the window can show a network (else "Show me" is off for stacks and 3-d layers).
    void setNetworkViewAvailable(bool available);

    // The set as a PDF worksheet: questions first, the answer key with worked solutions after a
    // page break. Written to a temporary file and renamed; on failure nothing is left behind.
    bool exportWorksheet(const QString& path, QString* error = nullptr) const;

signals:
    void showInPlayground(const convscope::Scene& scene);
    void showInNetwork(const convscope::Network& network);

private:
    void buildUi();
    void settingsChanged();
    void setSet(ExerciseSet set, const GenerateOptions& options);
    void updateExercise();
    void updateProgress();
    void exportDialog();
    [[nodiscard]] GenerateOptions optionsFromControls() const;

    ExerciseSet m_set;
    GenerateOptions m_options;
    int m_index = 0;
    ExerciseProgress m_progress;
    bool m_solutionOffered = false;
    bool m_networkAvailable = false;
    bool m_updating = false;

    QComboBox* m_setChoice = nullptr;
    QWidget* m_generatorBox = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_level = nullptr;
    QList<QCheckBox*> m_kinds;
    QLabel* m_position = nullptr;
    QLabel* m_score = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_question = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_solutionButton = nullptr;
    QPushButton* m_showMe = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_solution = nullptr;
};

} // namespace convscope::ui

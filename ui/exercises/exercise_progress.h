#pragma once

// Which exercises of a set the student has answered correctly: kept for the session and
// remembered in QSettings under the set's key, so a restarted app shows the same progress.

#include "exercises.h"

#include <QSet>
#include <QString>

namespace convscope::ui {

// A key that names a set: "lecture", or "generated/<seed>/<level>/<count>/<kinds>".
[[nodiscard]] QString setKey(const ExerciseSet&, const GenerateOptions&);

class ExerciseProgress {
public:
    // Loads what QSettings remembers for the key.
    void load(const QString& key, int exerciseCount);
    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] bool isCorrect(int index) const { return m_correct.contains(index); }
    [[nodiscard]] bool isAttempted(int index) const { return m_attempted.contains(index); }
    [[nodiscard]] int correctCount() const { return static_cast<int>(m_correct.size()); }
    [[nodiscard]] int exerciseCount() const { return m_count; }
    // Records an answer and saves the correct ones.
    void record(int index, bool correct);
    // Forgets the set's progress (here and in QSettings).
    void reset();

private:
    void save() const;

    QString m_key;
    int m_count = 0;
    QSet<int> m_correct;
    QSet<int> m_attempted;
};

} // namespace convscope::ui

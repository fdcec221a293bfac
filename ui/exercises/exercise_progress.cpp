#include "exercise_progress.h"

#include <QSettings>
#include <QStringList>

namespace convscope::ui {

namespace {
QString settingsKey(const QString& key)
{
    return QStringLiteral("exercises/progress/") + key;
}
} // namespace

QString setKey(const ExerciseSet& set, const GenerateOptions& options)
{
    if (set.lecture)
        return QStringLiteral("lecture");
    QString kinds;
    for (ExerciseKind k : options.kinds)
        kinds += QString::number(static_cast<int>(k));
    return QStringLiteral("generated/%1/%2/%3/%4")
        .arg(options.seed)
        .arg(static_cast<int>(options.level))
        .arg(options.count)
        .arg(kinds.isEmpty() ? QStringLiteral("all") : kinds);
}

void ExerciseProgress::load(const QString& key, int exerciseCount)
{
    m_key = key;
    m_count = exerciseCount;
    m_correct.clear();
    m_attempted.clear();
    const QStringList stored = QSettings().value(settingsKey(key)).toStringList();
    for (const QString& s : stored) {
        bool ok = false;
        const int i = s.toInt(&ok);
        if (ok && i >= 0 && i < exerciseCount) {
            m_correct.insert(i);
            m_attempted.insert(i);
        }
    }
}

void ExerciseProgress::record(int index, bool correct)
{
    if (index < 0 || index >= m_count)
        return;
    m_attempted.insert(index);
    if (correct && !m_correct.contains(index)) {
        m_correct.insert(index);
        save();
    }
}

void ExerciseProgress::reset()
{
    m_correct.clear();
    m_attempted.clear();
    QSettings().remove(settingsKey(m_key));
}

void ExerciseProgress::save() const
{
    if (m_key.isEmpty())
        return;
    QList<int> sorted(m_correct.begin(), m_correct.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList list;
    for (int i : sorted)
        list << QString::number(i);
    QSettings().setValue(settingsKey(m_key), list);
}

} // namespace convscope::ui

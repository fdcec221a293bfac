#pragma once

// A lecture: an ordered list of scenes a lecturer steps through like slides in presenter mode.
// File format (`*.convscope-lecture.json`):
//   { "format": "convscope-lecture", "version": 1, "title": "…", "scenes": ["a.convscope.json", …] }
// Scene paths are relative to the lecture file, absolute, or bundled (":/scenes/NAME").

#include "error.h"

#include <QString>
#include <QStringList>

namespace convscope::ui {

struct Lecture {
    QString title;
    QStringList scenes; // resolved paths, in order; never empty
};

inline constexpr qint64 kMaxLectureBytes = 1 << 20;
inline constexpr int kMaxLectureScenes = 500;

// Whether a file is a lecture: by its name (*.convscope-lecture.json) or its "format" field.
[[nodiscard]] bool isLectureFile(const QString &path);

// Parses lecture JSON; relative scene paths are resolved against `baseDir`. Every scene must exist.
[[nodiscard]] Result<Lecture> parseLecture(const QByteArray &json, const QString &baseDir);

// Reads and parses a lecture file (a path on disk or a ":/" resource).
[[nodiscard]] Result<Lecture> readLecture(const QString &path);

} // namespace convscope::ui

#include "lecture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace convscope::ui {

namespace {

const QLatin1String kFormat("convscope-lecture");

Error fail(const QString &message, const char *field = "")
{
    return Error { message.toStdString(), field };
}

} // namespace

bool isLectureFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".convscope-lecture.json"), Qt::CaseInsensitive))
        return true;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".convscope.json"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    if (f.size() > kMaxLectureBytes || !f.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString()
        == kFormat;
}

Result<Lecture> parseLecture(const QByteArray &json, const QString &baseDir)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("a lecture must be a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("\"format\" must be \"convscope-lecture\""), "format");
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return fail(QStringLiteral("unsupported \"version\" (this ConvScope reads version 1)"), "version");
    const QJsonValue title = root.value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString())
        return fail(QStringLiteral("\"title\" must be a string"), "title");
    const QJsonValue scenes = root.value(QStringLiteral("scenes"));
    if (!scenes.isArray() || scenes.toArray().isEmpty())
        return fail(QStringLiteral("\"scenes\" must be a non-empty list of scene files"), "scenes");
    if (scenes.toArray().size() > kMaxLectureScenes)
        return fail(QStringLiteral("too many scenes (at most %1)").arg(kMaxLectureScenes), "scenes");
    Lecture lecture;
    lecture.title = title.toString();
    const QDir base(baseDir);
    int index = 0;
    for (const QJsonValue &v : scenes.toArray()) {
        ++index;
        if (!v.isString() || v.toString().isEmpty())
            return fail(QStringLiteral("scene %1 must be a file name").arg(index), "scenes");
        const QString name = v.toString();
        const QString path = name.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(name)
            ? name
            : QDir::cleanPath(base.filePath(name));
        if (!QFileInfo(path).isFile())
            return fail(QStringLiteral("scene %1 (%2) not found").arg(index).arg(name), "scenes");
        lecture.scenes << path;
    }
    return lecture;
}

Result<Lecture> readLecture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the file"));
    if (f.size() > kMaxLectureBytes)
        return fail(QStringLiteral("the file is larger than 1 MB"));
    return parseLecture(f.readAll(), QFileInfo(path).absolutePath());
}

} // namespace convscope::ui

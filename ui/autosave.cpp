#include "autosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace convscope::ui {

namespace {

const QString kFormat = QStringLiteral("convscope-autosave");
constexpr int kVersion = 1;
const QString kSuffix = QStringLiteral(".convscope-autosave.json");
constexpr qint64 kMaxAutosaveBytes = kMaxSceneBytes + (1 << 20);

// session-<id>.convscope-autosave.json -> session-<id>.lock
QString lockPathFor(const QString &file) { return file.left(file.size() - kSuffix.size()) + QStringLiteral(".lock"); }

Error problem(const QString &message, const char *field = "") { return Error { message.toStdString(), field }; }

} // namespace

QByteArray writeAutosave(const AutosaveState &state)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("savedAt"), state.savedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("view"), state.view);
    o.insert(QStringLiteral("sceneFile"), state.sceneFile);
    o.insert(QStringLiteral("sceneModified"), state.sceneModified);
    o.insert(QStringLiteral("networkFile"), state.networkFile);
    o.insert(QStringLiteral("networkModified"), state.networkModified);
    o.insert(QStringLiteral("scene"), QJsonDocument::fromJson(QByteArray::fromStdString(writeScene(state.scene))).object());
    if (state.painted)
        o.insert(QStringLiteral("painted"), true);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<AutosaveState> parseAutosave(const QByteArray &json)
{
    if (json.size() > kMaxAutosaveBytes)
        return problem(QStringLiteral("the file is larger than %1 MiB").arg(kMaxAutosaveBytes >> 20));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return problem(QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return problem(QStringLiteral("not a ConvScope autosave"), "format");
    if (o.value(QStringLiteral("version")).toInt() != kVersion)
        return problem(QStringLiteral("version %1 is not supported").arg(o.value(QStringLiteral("version")).toInt()), "version");
    if (!o.value(QStringLiteral("scene")).isObject())
        return problem(QStringLiteral("no scene"), "scene");
    auto scene = parseScene(QJsonDocument(o.value(QStringLiteral("scene")).toObject()).toJson(QJsonDocument::Compact).toStdString());
    if (!scene)
        return Error { "scene: " + scene.error().message, "scene" };
    AutosaveState state;
    state.scene = scene->scene;
    state.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    state.view = o.value(QStringLiteral("view")).toString();
    state.sceneFile = o.value(QStringLiteral("sceneFile")).toString();
    state.sceneModified = o.value(QStringLiteral("sceneModified")).toBool();
    state.networkFile = o.value(QStringLiteral("networkFile")).toString();
    state.networkModified = o.value(QStringLiteral("networkModified")).toBool();
    state.painted = o.value(QStringLiteral("painted")).toBool();
    return state;
}

Autosave::Autosave(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

Autosave::~Autosave() { finish(); }

QString Autosave::directory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("autosave"));
}

bool Autosave::start()
{
    if (isActive())
        return true;
    const QString dir = directory();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        m_error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_file = QDir(dir).filePath(QStringLiteral("session-") + id + kSuffix);
    m_lockPath = lockPathFor(m_file);
    auto lock = std::make_unique<QLockFile>(m_lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it runs
    if (!lock->tryLock(0)) {
        m_error = tr("cannot lock %1").arg(QDir::toNativeSeparators(m_lockPath));
        m_file.clear();
        m_lockPath.clear();
        return false;
    }
    m_lock = std::move(lock);
    m_error.clear();
    // Locks of sessions that ended abnormally with nothing unsaved: nothing to offer, so they go.
    for (const QFileInfo &info : QDir(dir).entryInfoList({ QStringLiteral("session-*.lock") }, QDir::Files)) {
        const QString path = info.absoluteFilePath();
        if (path == m_lockPath || QFileInfo::exists(path.left(path.size() - 5) + kSuffix))
            continue;
        QLockFile stale(path);
        stale.setStaleLockTime(0);
        if (stale.tryLock(0))
            stale.unlock(); // removes it
    }
    return true;
}

bool Autosave::isActive() const { return m_lock != nullptr; }

QString Autosave::paintedImagePathFor(const QString &autosaveFile)
{
    return autosaveFile.left(autosaveFile.size() - kSuffix.size()) + QStringLiteral(".painted.png");
}

void Autosave::setInterval(int ms) { m_timer.setInterval(std::max(0, ms)); }

void Autosave::schedule()
{
    if (!isActive())
        return;
    if (!m_firstPending.isValid())
        m_firstPending.start();
    // Restart the debounce unless the first unsaved change already waits too long.
    if (!m_timer.isActive() || m_firstPending.elapsed() < qint64 { kMaxDelayFactor } * m_timer.interval())
        m_timer.start();
}

bool Autosave::flush()
{
    m_timer.stop();
    m_firstPending.invalidate();
    if (!isActive())
        return false;
    const std::optional<AutosaveState> state = m_snapshot ? m_snapshot() : std::nullopt;
    if (!state) { // nothing unsaved: nothing to restore after a crash either
        QFile::remove(m_file);
        QFile::remove(paintedImagePathFor(m_file));
        return true;
    }
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeAutosave(*state)) < 0 || !file.commit()) {
        const QString message = tr("Cannot autosave to %1: %2").arg(QDir::toNativeSeparators(m_file), file.errorString());
        emit failed(message);
        return false;
    }
    emit written(m_file);
    return true;
}

void Autosave::finish()
{
    m_timer.stop();
    m_firstPending.invalidate();
    if (!m_lock)
        return;
    QFile::remove(m_file);
    QFile::remove(paintedImagePathFor(m_file));
    m_lock->unlock(); // removes the lock file
    m_lock.reset();
}

std::optional<Autosave::Orphan> Autosave::claimOrphan() const
{
    const QString dir = directory();
    if (dir.isEmpty())
        return std::nullopt;
    const QFileInfoList files = QDir(dir).entryInfoList({ QStringLiteral("*") + kSuffix }, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) { // newest first
        const QString file = info.absoluteFilePath();
        if (file == m_file)
            continue;
        auto lock = std::make_shared<QLockFile>(lockPathFor(file));
        lock->setStaleLockTime(0); // a live session's lock (another instance) is never taken
        if (!lock->tryLock(0))
            continue;
        return Orphan { file, lock, info.lastModified() };
    }
    return std::nullopt;
}

void Autosave::release(const Orphan &orphan)
{
    QFile::remove(orphan.file);
    QFile::remove(paintedImagePathFor(orphan.file));
    if (orphan.lock)
        orphan.lock->unlock();
}

} // namespace convscope::ui

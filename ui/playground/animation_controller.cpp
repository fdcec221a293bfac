#include "animation_controller.h"

#include "playground_model.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {
// Above this rate the timer stays at the screen's pace and several steps pass per frame.
constexpr double kMaxTicksPerSecond = 60.0;
} // namespace

AnimationController::AnimationController(PlaygroundModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AnimationController::tick);
    updateInterval();
}

bool AnimationController::isPlaying() const { return m_timer->isActive(); }

void AnimationController::play()
{
    if (isPlaying())
        return;
    // Playing from the last step starts over, as a media player does.
    if (m_model->step() >= m_model->state().steps - 1)
        m_model->setStep(0);
    m_carry = 0.0;
    m_timer->start();
    emit playingChanged(true);
}

void AnimationController::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    emit playingChanged(false);
}

void AnimationController::togglePlay() { isPlaying() ? pause() : play(); }

void AnimationController::stepForward()
{
    const int steps = m_model->state().steps;
    if (steps <= 0)
        return;
    const int next = m_model->step() + 1;
    m_model->setStep(next >= steps ? (m_loop ? 0 : steps - 1) : next);
}

void AnimationController::stepBack()
{
    const int steps = m_model->state().steps;
    if (steps <= 0)
        return;
    const int previous = m_model->step() - 1;
    m_model->setStep(previous < 0 ? (m_loop ? steps - 1 : 0) : previous);
}

void AnimationController::first() { m_model->setStep(0); }

void AnimationController::last() { m_model->setStep(m_model->state().steps - 1); }

void AnimationController::faster() { setStepsPerSecond(m_stepsPerSecond * 2.0); }

void AnimationController::slower() { setStepsPerSecond(m_stepsPerSecond / 2.0); }

void AnimationController::setStepsPerSecond(double stepsPerSecond)
{
    const double clamped = std::clamp(stepsPerSecond, kMinSpeed, kMaxSpeed);
    if (clamped == m_stepsPerSecond)
        return;
    m_stepsPerSecond = clamped;
    updateInterval();
    emit speedChanged(m_stepsPerSecond);
}

void AnimationController::setLoop(bool loop)
{
    if (loop == m_loop)
        return;
    m_loop = loop;
    emit loopChanged(m_loop);
}

void AnimationController::updateInterval()
{
    const double ticks = std::min(m_stepsPerSecond, kMaxTicksPerSecond);
    m_timer->setInterval(static_cast<int>(std::lround(1000.0 / ticks)));
}

void AnimationController::tick()
{
    const int steps = m_model->state().steps;
    if (steps <= 0)
        return;
    const double ticks = std::min(m_stepsPerSecond, kMaxTicksPerSecond);
    m_carry += m_stepsPerSecond / ticks;
    const int advance = static_cast<int>(m_carry);
    m_carry -= advance;
    const long long next = static_cast<long long>(m_model->step()) + advance;
    if (next >= steps) {
        if (m_loop) {
            m_model->setStep(static_cast<int>(next % steps));
        } else {
            m_model->setStep(steps - 1);
            pause();
        }
        return;
    }
    m_model->setStep(static_cast<int>(next));
}

} // namespace convscope::ui

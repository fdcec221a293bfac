#pragma once

// Drives the Playground's step with a timer: play/pause, step, first/last, speed and loop. The
// step itself lives in the model; this only advances it.

#include <QObject>

class QTimer;

namespace convscope::ui {

class PlaygroundModel;

class AnimationController : public QObject {
    Q_OBJECT
public:
    explicit AnimationController(PlaygroundModel *model, QObject *parent = nullptr);

    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] double stepsPerSecond() const { return m_stepsPerSecond; }
    [[nodiscard]] bool loops() const { return m_loop; }

    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 4096.0;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void first();
    void last();
    void faster(); // doubles the speed
    void slower(); // halves it
    void setStepsPerSecond(double stepsPerSecond);
    void setLoop(bool loop);

signals:
    void playingChanged(bool playing);
    void speedChanged(double stepsPerSecond);
    void loopChanged(bool loop);

private:
    void tick();
    void updateInterval();

    PlaygroundModel *m_model;
    QTimer *m_timer;
    double m_stepsPerSecond = 2.0;
    bool m_loop = true;
    double m_carry = 0.0; // fractional steps owed between ticks at high speeds
};

} // namespace convscope::ui

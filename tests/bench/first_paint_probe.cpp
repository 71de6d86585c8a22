// An LD_PRELOAD probe for the cold-start figure (issue 13): loaded into the real `duper-gui`, it prints the
// CLOCK_MONOTONIC time at which the first window has been painted, so a parent that noted the time before spawning
// the process gets "process start to first painted window" without any hook in the application.
// With DUPER_FIRST_PAINT_QUIT set it then quits the application. run-speed.sh (run_speed.py) uses it.

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_seen || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        if (!static_cast<QWidget*>(watched)->window()->isVisible())
            return false;
        m_seen = true;
        // The first paint event comes from the repaint manager's sync; the queued call runs once that sync has
        // painted every widget of the window and flushed the backing store to the window system.
        QTimer::singleShot(0, QCoreApplication::instance(), []() {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::fprintf(stderr, "duper-first-paint %lld.%09ld\n", static_cast<long long>(now.tv_sec), now.tv_nsec);
            std::fflush(stderr);
            if (std::getenv("DUPER_FIRST_PAINT_QUIT"))
                QCoreApplication::exit(0);
        });
        return false;
    }

private:
    bool m_seen = false;
};

void installProbe()
{
    QCoreApplication* app = QCoreApplication::instance();
    app->installEventFilter(new FirstPaintProbe(app));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

// The reference for BenchStartup: an empty Qt Widgets main window built with the same flags, shown
// once; prints its start-up time like `escale --quit-after-startup`: from main() to the end of the
// window's first paint (the same probe as app/Startup.cpp). With --with-text it holds one label.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>
#include <time.h>

namespace {

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &startup)
        : QObject(window)
        , m_startup(startup)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                qApp,
                [startup = m_startup] {
                    timespec ts{};
                    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
                    std::printf("startup_ms=%lld cpu_ms=%.2f\n", static_cast<long long>(startup.elapsed()),
                                ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QElapsedTimer m_startup;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QMainWindow window;
    // --with-text: one label, so that the font database is loaded as in any real window (fontconfig's
    // initialisation is a large part of a Qt start-up on Linux).
    if (app.arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Accueil"), &window));
    window.resize(1280, 800);
    new FirstPaintProbe(&window, startup);
    window.show();
    return app.exec();
}

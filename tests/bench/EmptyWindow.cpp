// The reference for BenchStartup: an empty Qt Widgets main window built with the same flags,
// shown once; prints its start-up time like `escale --quit-after-startup`.
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        std::printf("startup_ms=%lld\n", static_cast<long long>(startup.elapsed()));
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}

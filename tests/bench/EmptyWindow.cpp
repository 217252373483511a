// The reference for BenchStartup: an empty Qt Widgets main window built with the same flags,
// shown once; prints its start-up time like `escale --quit-after-startup`. With --with-text it holds
// one label.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

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
    window.show();
    QTimer::singleShot(0, &app, [&] {
        std::printf("startup_ms=%lld\n", static_cast<long long>(startup.elapsed()));
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}

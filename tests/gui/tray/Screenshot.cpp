// Saves the whole X screen ($DISPLAY) as a PNG: the GUI tests' camera.
// Usage: TrayScreenshot FILE.png [X Y WIDTH HEIGHT]
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2 && arguments.size() != 6) {
        std::fprintf(stderr, "usage: TrayScreenshot FILE.png [X Y WIDTH HEIGHT]\n");
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    QPixmap shot = arguments.size() == 6
        ? screen->grabWindow(0, arguments.at(2).toInt(), arguments.at(3).toInt(),
            arguments.at(4).toInt(), arguments.at(5).toInt())
        : screen->grabWindow(0);
    if (shot.isNull() || !shot.save(arguments.at(1), "PNG")) {
        std::fprintf(stderr, "TrayScreenshot: cannot grab the screen or write %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    return 0;
}

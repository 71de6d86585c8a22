#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream(stderr) << "duper-gui: not built yet\n";
    return 2;
}

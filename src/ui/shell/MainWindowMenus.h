#pragma once

#include <QCoreApplication>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace duper::ui {

// The main window's actions, its File, Edit and Help menus and the connection toolbar (with the connection picker),
// built once and worded again on a language change. The window connects the actions to what they do. The texts keep
// the window's translation context.
// Object names: "manageConnectionsAction", "refreshAction", "quitAction", "preferencesAction", "aboutAction",
// "aboutQtAction", "fileMenu", "editMenu", "helpMenu", "mainToolBar", "connectionLabel".
class MainWindowMenus
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::MainWindow)

public:
    // The actions and menus become children of `window`; `connectionPicker` goes on the toolbar.
    MainWindowMenus(QMainWindow* window, QWidget* connectionPicker);

    void retranslate();

    QAction* manage = nullptr;
    QAction* refresh = nullptr;
    QAction* quit = nullptr;
    QAction* preferences = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QMenu* fileMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* helpMenu = nullptr;
    QToolBar* toolBar = nullptr;

private:
    QLabel* m_connectionLabel = nullptr;
};

} // namespace duper::ui

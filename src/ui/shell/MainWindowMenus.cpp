#include "ui/shell/MainWindowMenus.h"

#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace duper::ui {

namespace {

// "Refresh (Ctrl+R)": the shortcut in the tool tip and the status tip, in the platform's spelling.
void setTips(QAction* action, const QString& tip)
{
    const QString text = shortcutToolTip(tip, action->shortcut());
    action->setToolTip(text);
    action->setStatusTip(text);
}

} // namespace

MainWindowMenus::MainWindowMenus(QMainWindow* window, QWidget* connectionPicker)
{
    const auto makeAction = [window](const char* name, const QList<QKeySequence>& shortcuts) {
        auto* action = new QAction(window);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(shortcuts);
        return action;
    };
    manage = makeAction("manageConnectionsAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    // F5 belongs to each page's own refresh action; a second F5 here would make that shortcut ambiguous.
    refresh = makeAction("refreshAction", {QKeySequence(Qt::CTRL | Qt::Key_R)});
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty()) // Windows has no standard one
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit = makeAction("quitAction", quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma); !preferencesKeys.contains(ctrlComma))
        preferencesKeys.append(ctrlComma); // the platform has none (or another): Ctrl+, as most apps use
    preferences = makeAction("preferencesAction", preferencesKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    about = makeAction("aboutAction", {QKeySequence(Qt::Key_F1)});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction("aboutQtAction", {QKeySequence(Qt::CTRL | Qt::Key_F1)});
    aboutQt->setMenuRole(QAction::AboutQtRole);

    fileMenu = window->menuBar()->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(manage);
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    editMenu = window->menuBar()->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(preferences);
    helpMenu = window->menuBar()->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
    for (QMenu* menu : {fileMenu, editMenu, helpMenu})
        menu->setToolTipsVisible(true);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    m_connectionLabel = new QLabel(toolBar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    toolBar->addWidget(m_connectionLabel);
    toolBar->addWidget(connectionPicker);
    toolBar->addAction(manage);
}

void MainWindowMenus::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    editMenu->setTitle(tr("&Edit"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Connection"));
    m_connectionLabel->setText(tr("Connection: "));

    manage->setText(tr("&Manage connections…"));
    setTips(manage, tr("Add, edit, test or remove saved connections"));
    refresh->setText(tr("&Refresh"));
    setTips(refresh, tr("Read the cluster's status and follower indices again"));
    quit->setText(tr("&Quit"));
    setTips(quit, tr("Close Duper"));
    preferences->setText(tr("&Preferences…"));
    setTips(preferences, tr("Language, auto-refresh, confirmations, network proxy and the connection's alert rules"));
    about->setText(tr("&About Duper"));
    setTips(about, tr("Version, Qt version and licences"));
    aboutQt->setText(tr("About &Qt"));
    setTips(aboutQt, tr("The Qt toolkit Duper is built with"));
}

} // namespace duper::ui

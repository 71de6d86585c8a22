#include "ui/shell/HistoryNotice.h"

#include "history/HistoryStore.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace duper::ui {

HistoryNotice::HistoryNotice(HistoryStore* store, QMainWindow* window) : QObject(window), m_window(window)
{
    connect(store, &HistoryStore::disabled, this, &HistoryNotice::show);
    if (!store->isEnabled())
        show(store->lastError());
}

QMessageBox* HistoryNotice::box() const
{
    return m_box;
}

void HistoryNotice::show(const HistoryError& error)
{
    if (m_label)
        return;
    const QString message = error.userMessage();
    m_label = new QLabel(tr("No history"), m_window);
    m_label->setObjectName(QStringLiteral("historyOffLabel"));
    m_label->setToolTip(error.detail().isEmpty() ? message : message + QStringLiteral("\n\n") + error.detail());
    m_window->statusBar()->addPermanentWidget(m_label);

    m_box = new QMessageBox(QMessageBox::Warning, tr("Replication history"), message, QMessageBox::Ok, m_window);
    m_box->setObjectName(QStringLiteral("historyOffMessage"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->open();
}

} // namespace duper::ui

#include "ui/shell/DrWizardLauncher.h"

#include "core/connections/ConnectionStore.h"
#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"
#include "ui/dr/BidirectionalDialog.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/dr/FailbackDialog.h"
#include "ui/dr/SwitchBackPage.h"

namespace duper::ui {

DrWizardLauncher::DrWizardLauncher(const Context& context, DisasterRecoveryPage* page, QWidget* window)
    : QObject(window), m_context(context), m_page(page), m_window(window)
{
    connect(page, &DisasterRecoveryPage::bidirectionalSetupRequested, this, &DrWizardLauncher::setUpBidirectional);
    connect(page, &DisasterRecoveryPage::failbackRequested, this, &DrWizardLauncher::failBack);
}

QList<ConnectionProfile> DrWizardLauncher::connections() const
{
    return m_context.store->profiles(); // the wizards leave the current one out
}

ClusterSessionOpener* DrWizardLauncher::newOpener() const
{
    // The wizard owns it.
    return new ClusterSessionOpener(m_context.network, m_context.secrets, m_context.sessionSecrets, m_context.prompter,
                                    m_context.store->settings());
}

BidirectionalDialog* DrWizardLauncher::setUpBidirectional()
{
    if (!m_page->session())
        return nullptr;
    auto* dialog = new BidirectionalDialog(m_page->session(), connections(), newOpener(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

FailbackDialog* DrWizardLauncher::failBack()
{
    if (!m_page->session())
        return nullptr;
    auto* dialog =
        new FailbackDialog(m_page->session(), connections(), newOpener(), m_window, m_page->reportDirectory());
    dialog->setObjectName(QStringLiteral("failbackDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto reload = [page = m_page] {
        page->refresh();
        page->reloadReports();
    };
    connect(dialog, &FailbackDialog::runFinished, m_page, reload);
    connect(dialog->switchBackPage(), &SwitchBackPage::finished, m_page, reload);
    dialog->open();
    return dialog;
}

} // namespace duper::ui

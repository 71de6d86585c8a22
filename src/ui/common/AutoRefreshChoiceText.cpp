#include "ui/common/AutoRefreshChoiceText.h"

namespace duper::ui {

QString AutoRefreshChoiceText::label(int seconds, OffWording off)
{
    if (seconds <= 0)
        return off == OffWording::Labelled ? tr("Off") : tr("Auto-refresh off");
    return seconds < 60 ? tr("Every %1 s").arg(seconds) : tr("Every %1 min").arg(seconds / 60);
}

} // namespace duper::ui
